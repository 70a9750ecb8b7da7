// One editor for every entity, driven by the form specs in forms.ts. It behaves like an editor
// in VS Code: edits are a draft (dirty marker on the tab), Ctrl/Cmd+S or the Save button sends
// only the changed fields in one call, refusals appear next to their field in the current
// language, and changes made elsewhere (another editor, undo) are taken over unless edited here.
import './editors.css';
import { type ReactNode, useCallback, useEffect, useId, useMemo, useRef, useState } from 'react';
import type { ApiError } from '../../shared/contract/result.ts';
import type { Language } from '../../shared/contract/schemas.ts';
import { en, type MessageKey } from '../../shared/i18n/en.ts';
import { formatDateTime, formatNumber } from '../../shared/i18n/i18n.ts';
import { DateField, datesAccepted } from '../base/DateField.tsx';
import { editorSections, type PendingSave, SectionSaves } from '../base/editor-registry.ts';
import { type LocalText, localText, numberText, readNumber, shownNumber } from '../base/local-text.ts';
import { useCall } from '../base/use-call.ts';
import { describeError } from '../i18n/errors.ts';
import { type Translate, useT } from '../i18n/useT.ts';
import { useChanges } from '../stores/changes.ts';
import { client } from '../stores/client.ts';
import { usePrefs } from '../stores/prefs.ts';
import { confirmDialog, registerSaveHandler, useWorkbench } from '../stores/workbench.ts';
import { useWorkspace } from '../stores/workspace.ts';
import { type FieldSpec, type FormKind, type FormSpec, forms, numberBounds } from './forms.ts';

type Item = Record<string, unknown> & { id: number };
/** Each field's text, with the language it is written in (numbers are read in that language). */
type Draft = Record<string, LocalText>;

const isKey = (key: string): key is MessageKey => Object.hasOwn(en, key);
const label = (t: Translate, field: string) =>
  isKey(`field.${field}`) ? t(`field.${field}` as MessageKey) : field;

/** A fraction as a percentage, without the float noise of × 100 (0.07 → 7, not 7.000000000000001). */
const asPercent = (fraction: number) => Number((fraction * 100).toPrecision(12));

/** The value as the input shows it (numbers formatted in `language`). */
function toText(spec: FieldSpec, value: unknown, language: Language): LocalText {
  if (value === null || value === undefined) return localText('', language);
  if (spec.widget.type === 'lines') return localText((value as string[]).join('\n'), language);
  if (spec.widget.type === 'number')
    return numberText(language, spec.widget.percent ? asPercent(value as number) : (value as number));
  return localText(String(value), language);
}

/** The text as the UI shows it now: a number typed in another language appears in this one. */
function shown(spec: FieldSpec, value: LocalText | undefined, language: Language): string {
  if (!value) return '';
  return spec.widget.type === 'number' ? shownNumber(value, language) : value.text;
}

/** The input's text as the value the contract expects; NaN marks a number that is not one. */
function fromText(spec: FieldSpec, value: LocalText): unknown {
  const { widget } = spec;
  const { text } = value;
  if (text.trim() === '' && spec.optional) return null;
  switch (widget.type) {
    case 'number': {
      const number = readNumber(value);
      return widget.percent ? number / 100 : number;
    }
    case 'lines':
      return text
        .split('\n')
        .map((l) => l.trim())
        .filter((l) => l !== '');
    case 'reference':
      return Number(text);
    case 'enum':
      return widget.numeric ? Number(text) : text;
    default:
      return text;
  }
}

export interface EntityEditorProps {
  readonly kind: FormKind;
  readonly id: number;
  readonly editorKey: string;
  readonly deleteLabel?: MessageKey;
}

export function EntityEditor({ kind, id, editorKey, deleteLabel }: EntityEditorProps) {
  const t = useT();
  const language = usePrefs((s) => s.language);
  const spec: FormSpec = forms[kind];
  const version = useChanges((s) => s.versions[spec.table] ?? 0);
  const [item, setItem] = useState<Item | null | undefined>(undefined);
  const [draft, setDraft] = useState<Draft>({});
  const [error, setError] = useState<ApiError | null>(null);
  const [localErrors, setLocalErrors] = useState<Record<string, string>>({});
  const baseline = useRef<Draft>({});
  const formId = useId();
  const fieldset = useRef<HTMLFieldSetElement>(null);
  const readOnly = useWorkspace((s) => s.info?.readOnly ?? false);

  // Texts are formatted in the language of the moment; a later switch re-formats them on screen only.
  const textsOf = useCallback(
    (loaded: Item): Draft => {
      const now = usePrefs.getState().language;
      return Object.fromEntries(spec.fields.map((f) => [f.field, toText(f, loaded[f.field], now)]));
    },
    [spec],
  );

  // The sections' queries go out with the editor's own, not after it has answered.
  useEffect(() => {
    for (const section of editorSections(kind)) section.prefetch?.(id);
  }, [kind, id]);
  // Load, and reload when the table changes; keep the user's edits of fields they touched.
  const loaded = useCall(`${spec.plural}.get` as 'clusters.get', { id }, { reload: version });
  useEffect(() => {
    if (loaded.error) setItem(null);
  }, [loaded.error]);
  useEffect(() => {
    if (!loaded.data) return;
    const answer = loaded.data as unknown as Item;
    const texts = textsOf(answer);
    // A field counts as edited against the baseline the user saw, not the one loaded now.
    const before = baseline.current;
    const now = usePrefs.getState().language;
    setDraft((previous) =>
      Object.fromEntries(
        spec.fields.map((f) => {
          const typed = previous[f.field];
          const edited = typed !== undefined && shown(f, typed, now) !== shown(f, before[f.field], now);
          return [f.field, edited ? typed : texts[f.field]!];
        }),
      ),
    );
    baseline.current = texts;
    setItem(answer);
  }, [loaded.data, spec, textsOf]);

  const isEdited = (f: FieldSpec) =>
    shown(f, draft[f.field], language) !== shown(f, baseline.current[f.field], language);
  const fieldsDirty = item ? spec.fields.some(isEdited) : false;

  // Sections whose edits wait for this editor's Save (targets): one save model for the whole editor.
  const sectionSaves = useRef(new Map<string, PendingSave>());
  const [sectionsDirty, setSectionsDirty] = useState(false);
  /** Bumped on every section edit: autosave waits a second after the last one. */
  const [sectionEdits, setSectionEdits] = useState(0);
  const reportSection = useCallback((section: string, pending: PendingSave) => {
    const pendings = sectionSaves.current;
    pendings.set(section, pending);
    setSectionsDirty([...pendings.values()].some((p) => p.dirty));
    // Only an edit restarts autosave's wait: a section that reports itself unchanged (as it does
    // when it loads) draws the editor no second time.
    if (pending.dirty) setSectionEdits((n) => n + 1);
    return () => {
      if (pendings.get(section) !== pending) return;
      pendings.delete(section);
      setSectionsDirty([...pendings.values()].some((p) => p.dirty));
    };
  }, []);

  const dirty = fieldsDirty || sectionsDirty;
  useEffect(() => {
    useWorkbench.getState().setDirty(editorKey, dirty);
  }, [editorKey, dirty]);

  /** The fields' changes, read in the language they were typed in; null when one is refused. */
  const changedFields = useCallback((): Record<string, unknown> | null => {
    // A date field whose text is no date says so beside itself, and nothing is saved.
    if (!datesAccepted(fieldset.current)) return null;
    const changed: Record<string, unknown> = {};
    const invalid: Record<string, string> = {};
    for (const f of spec.fields) {
      if (shown(f, draft[f.field], language) === shown(f, baseline.current[f.field], language)) continue;
      const value = fromText(f, draft[f.field] ?? localText('', language));
      if (typeof value === 'number' && Number.isNaN(value))
        invalid[f.field] = t('error.validation.notANumber', { field: label(t, f.field) });
      else if (typeof value === 'number' && f.widget.type === 'number' && f.widget.percent) {
        // The schema's bounds are fractions; the field speaks in percent, and so does its message.
        const { min, max } = numberBounds(kind, f.field);
        const percent = (bound: number) => `${formatNumber(language, bound * 100)} %`;
        if (max !== null && value > max)
          invalid[f.field] = t('error.validation.tooBig', { field: label(t, f.field), max: percent(max) });
        else if (min !== null && value < min)
          invalid[f.field] = t('error.validation.tooSmall', { field: label(t, f.field), min: percent(min) });
        else changed[f.field] = value;
      } else changed[f.field] = value;
    }
    setLocalErrors(invalid);
    return Object.keys(invalid).length > 0 ? null : changed;
  }, [spec, kind, draft, language, t]);

  const showSaved = useCallback(
    (saved: Item) => {
      setError(null);
      baseline.current = textsOf(saved);
      setDraft(baseline.current);
      setItem(saved);
    },
    [textsOf],
  );

  /**
   * One Save for the fields and the sections with unsaved edits (targets, a rule): the fields
   * travel with the first such section's save, so the whole is one transaction and one undo step.
   */
  const save = useCallback(async () => {
    if (!item) return true;
    const changed = changedFields();
    if (!changed) return false;
    let fields = Object.keys(changed).length > 0 ? changed : null;
    const sections = [...sectionSaves.current.values()].filter((pending) => pending.dirty);
    if (sections.length === 0) {
      if (!fields) return true;
      const result = await client().call(
        `${spec.plural}.update` as 'clusters.update',
        { id, ...fields } as never,
      );
      if (!result.ok) {
        setError(result.error);
        return false;
      }
      showSaved(result.data as unknown as Item);
      return true;
    }
    for (const pending of sections) {
      const outcome = await pending.save(fields);
      if (!outcome.ok) {
        if (outcome.fieldsError) setError(outcome.fieldsError);
        return false;
      }
      if (fields) showSaved(outcome.item as Item);
      fields = null;
    }
    return true;
  }, [item, changedFields, spec, id, showSaved]);

  useEffect(() => registerSaveHandler(editorKey, save), [editorKey, save]);

  // Autosave (a preference): a second after the last change; a refusal stays on screen.
  const autoSave = usePrefs((s) => s.autoSave);
  // biome-ignore lint/correctness/useExhaustiveDependencies: sectionEdits restarts the wait on a section's edit.
  useEffect(() => {
    if (!autoSave || !dirty) return;
    const timer = setTimeout(() => void save(), 1000);
    return () => clearTimeout(timer);
  }, [autoSave, dirty, save, sectionEdits]);

  const typedDraft = useMemo(
    () =>
      Object.fromEntries(
        spec.fields.map((f) => [f.field, fromText(f, draft[f.field] ?? localText('', language))]),
      ),
    [spec, draft, language],
  );
  const draftTexts = Object.fromEntries(spec.fields.map((f) => [f.field, draft[f.field]?.text ?? '']));

  if (item === undefined) return null;
  if (item === null) return <p className="editor-message">{t('editor.missing')}</p>;

  const described = error
    ? describeError(
        error,
        t,
        Object.fromEntries(spec.fields.map((f) => [f.field, `field.${f.field}` as MessageKey])),
      )
    : null;
  const messageFor = (field: string) => localErrors[field] ?? described?.fields.get(field);

  const remove = async () => {
    const name = String(item.name ?? item.title ?? '');
    const confirmed = await confirmDialog({
      title: t('editor.deleteConfirm.title', { kind: t(spec.kindLabel), name }),
      detail: t('editor.deleteConfirm.detail'),
      confirm: t('dialog.delete'),
      cancel: t('dialog.cancel'),
    });
    if (!confirmed) return;
    const result = await client().call(`${spec.plural}.delete` as 'clusters.delete', { id });
    if (result.ok) useWorkbench.getState().removeEditor(editorKey);
  };

  return (
    <form
      className="editor-form"
      aria-label={t(spec.title)}
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <h1 className="editor-heading">{t(spec.title)}</h1>
      <fieldset ref={fieldset} disabled={readOnly} className="editor-fields">
        {spec.fields
          .filter((f) => !f.shownWhen || f.shownWhen(draftTexts) || messageFor(f.field))
          .map((f) => (
            <FieldInput
              key={f.field}
              id={`${formId}-${f.field}`}
              spec={f}
              item={item}
              value={shown(f, draft[f.field], language)}
              message={messageFor(f.field)}
              onChange={(value) => {
                setDraft((d) => ({ ...d, [f.field]: localText(value, language) }));
                setError(null);
                setLocalErrors((e) => {
                  const { [f.field]: _gone, ...rest } = e;
                  return rest;
                });
              }}
            />
          ))}
      </fieldset>
      {typeof item.createdAt === 'string' && typeof item.updatedAt === 'string' && (
        <dl className="facts">
          <dt>{t('cluster.field.createdAt')}</dt>
          <dd>{formatDateTime(language, item.createdAt)}</dd>
          <dt>{t('cluster.field.updatedAt')}</dt>
          <dd>{formatDateTime(language, item.updatedAt)}</dd>
        </dl>
      )}
      {described?.general && (
        <div role="alert" className="input-message error">
          {described.general}
        </div>
      )}
      <div className="form-actions">
        <button type="submit" className="button primary" disabled={!dirty || readOnly}>
          {t('editor.save')}
        </button>
        <button type="button" className="button secondary" disabled={readOnly} onClick={() => void remove()}>
          {t(deleteLabel ?? 'editor.delete')}
        </button>
      </div>
      <SectionSaves.Provider value={reportSection}>
        {editorSections(kind).map(({ id: section, component: Section }) => (
          <Section key={section} item={item as never} draft={typedDraft} />
        ))}
      </SectionSaves.Provider>
    </form>
  );
}

function FieldInput(props: {
  id: string;
  spec: FieldSpec;
  item: Item;
  value: string;
  message: string | undefined;
  onChange: (value: string) => void;
}) {
  const t = useT();
  const { id, spec, value, message, onChange } = props;
  const options = useOptions(spec, props.item);
  const common = {
    id,
    name: spec.field,
    value,
    'aria-invalid': message ? true : undefined,
    'aria-describedby': message ? `${id}-error` : undefined,
  } as const;
  let input: ReactNode;
  switch (spec.widget.type) {
    case 'textarea':
    case 'lines':
      input = (
        <textarea
          {...common}
          rows={spec.widget.type === 'lines' ? 3 : 4}
          onChange={(e) => onChange(e.target.value)}
        />
      );
      break;
    case 'date':
      // The date field shows its own refusals and the form's in one place, beside itself.
      return (
        <div className="field">
          <label className="field-label" htmlFor={id}>
            {label(t, spec.field)}
          </label>
          <DateField
            id={id}
            name={spec.field}
            label={label(t, spec.field)}
            value={value}
            message={message}
            onChange={onChange}
          />
        </div>
      );
    case 'colour':
      input = (
        <span className="colour-field">
          <input {...common} type="color" onChange={(e) => onChange(e.target.value)} />
          <output htmlFor={id}>{value}</output>
        </span>
      );
      break;
    case 'number':
      input = spec.widget.percent ? (
        <span className="unit-field">
          <input {...common} type="text" inputMode="decimal" onChange={(e) => onChange(e.target.value)} />
          <span aria-hidden="true">%</span>
        </span>
      ) : (
        <input {...common} type="text" inputMode="decimal" onChange={(e) => onChange(e.target.value)} />
      );
      break;
    case 'enum':
    case 'reference':
      input = (
        <select {...common} onChange={(e) => onChange(e.target.value)}>
          {(spec.optional || value === '') && <option value="">{t('editor.none')}</option>}
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      );
      break;
    default:
      input = <input {...common} type="text" onChange={(e) => onChange(e.target.value)} />;
  }
  return (
    <div className="field">
      <label className="field-label" htmlFor={id}>
        {label(t, spec.field)}
      </label>
      {input}
      {message && (
        <div id={`${id}-error`} role="alert" className="input-message error">
          {message}
        </div>
      )}
    </div>
  );
}

/** Choices for enum and reference fields, translated; references come from the outline. */
function useOptions(spec: FieldSpec, item: Item): { value: string; label: string }[] {
  const t = useT();
  const outline = useWorkspace((s) => s.outline);
  const needsCatalogue = spec.widget.type === 'reference' && spec.widget.source === 'fieldsOfAction';
  const fieldsOfAction = useCall('fieldsOfAction.list', needsCatalogue ? {} : null).data ?? [];
  const { widget } = spec;
  if (widget.type === 'enum') {
    return widget.values.map((v) => ({
      value: v,
      label: isKey(`option.${widget.group}.${v}`) ? t(`option.${widget.group}.${v}` as MessageKey) : v,
    }));
  }
  if (widget.type !== 'reference') return [];
  if (widget.source === 'fieldsOfAction') {
    return fieldsOfAction.map((f) => ({
      value: String(f.id),
      label:
        f.key && isKey(`option.fieldOfAction.${f.key}`)
          ? t(`option.fieldOfAction.${f.key}` as MessageKey)
          : f.name,
    }));
  }
  const strategy = outline.clusters.flatMap((c) => c.strategies).find((s) => s.id === item.strategyId);
  const goals = strategy?.goals ?? [];
  const candidates =
    widget.source === 'strategicGoals' ? goals.filter((g) => g.parentId === null && g.id !== item.id) : goals;
  return candidates.map((g) => ({ value: String(g.id), label: g.title }));
}
