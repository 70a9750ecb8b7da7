// Editors by kind, as VS Code's editor resolver: each feature registers the editors it brings
// (component, tab icon, tab title) and the sections it adds to another feature's entity editor;
// the editor area looks them up instead of importing every editor.
import { type ComponentType, createContext, useContext, useEffect } from 'react';
import { create } from 'zustand';
import type { EntityDto, EntityKind } from '../../shared/contract/entities.ts';
import type { ApiError } from '../../shared/contract/result.ts';
import type { EditorInput } from '../../shared/contract/schemas.ts';

export type EditorKind = EditorInput['kind'];
export type InputOf<K extends EditorKind> = Extract<EditorInput, { kind: K }>;

export interface EditorProps<K extends EditorKind> {
  readonly input: InputOf<K>;
  /** The tab's key (editorKey of the input): for the dirty marker, saving and focus requests. */
  readonly editorKey: string;
}

export interface EditorContribution<K extends EditorKind> {
  readonly kind: K;
  readonly component: ComponentType<EditorProps<K>>;
  /** The codicon of the tab. */
  readonly icon: (input: InputOf<K>) => string;
  /** The tab's title in the current language. */
  readonly title: (input: InputOf<K>) => string;
  /**
   * Where keyboard focus goes when the editor is opened (a CSS selector inside the editor), waited
   * for while the editor loads; by default its first control.
   */
  readonly focus?: string;
}

type AnyContribution = EditorContribution<EditorKind>;
const editors = new Map<EditorKind, AnyContribution>();

export function registerEditor<K extends EditorKind>(contribution: EditorContribution<K>): void {
  editors.set(contribution.kind, contribution as unknown as AnyContribution);
}

/** The editor registered for an input's kind; undefined while no feature has registered one. */
export function editorFor(input: EditorInput): AnyContribution | undefined {
  return editors.get(input.kind);
}

/**
 * Bumped when a title a feature computes has changed outside the stores the editor area already
 * follows (e.g. an actor's name, fetched for its tab): the tab bar re-renders on it.
 */
export const useEditorTitles = create<{ readonly version: number }>()(() => ({ version: 0 }));

export function invalidateEditorTitles(): void {
  useEditorTitles.setState((s) => ({ version: s.version + 1 }));
}

export function editorTitle(input: EditorInput): string {
  return editorFor(input)?.title(input) ?? input.kind;
}

export function editorIcon(input: EditorInput): string {
  return editorFor(input)?.icon(input) ?? 'file';
}

/** What an entity editor's draft holds, by field name: typed values where the text is one. */
export type DraftValues<K extends EntityKind> = Readonly<
  Partial<Record<keyof EntityDto<K> & string, unknown>>
>;

export interface SectionProps<K extends EntityKind> {
  /** The saved item. */
  readonly item: EntityDto<K>;
  /** The values being edited (not yet saved), for sections that follow them while typing. */
  readonly draft: DraftValues<K>;
}

/** How a section's save went: with the editor's item as saved, or refused. */
export type SectionSaveOutcome =
  | { readonly ok: true; readonly item: unknown }
  /** `fieldsError`: the refusal is about the editor's fields (the section shows its own). */
  | { readonly ok: false; readonly fieldsError: ApiError | null };

/** What a section has not saved yet, and how to save it. */
export interface PendingSave {
  readonly dirty: boolean;
  /**
   * Saves the section's changes, with the editor's changed fields when given: in one call, so one
   * Save is one transaction and one undo step.
   */
  readonly save: (fields: Readonly<Record<string, unknown>> | null) => Promise<SectionSaveOutcome>;
}

/** The entity editor's registry of its sections' pending saves (see useSectionSave). */
export const SectionSaves = createContext<((section: string, pending: PendingSave) => () => void) | null>(
  null,
);

/**
 * One save model: a section whose edits wait for the editor's Save (or autosave, when on) reports
 * whether it has unsaved edits and how to save them; the editor's dirty marker, its Save button
 * and Ctrl+S then cover the section as they cover the fields.
 */
export function useSectionSave(section: string, dirty: boolean, save: PendingSave['save']): void {
  const report = useContext(SectionSaves);
  useEffect(() => report?.(section, { dirty, save }), [report, section, dirty, save]);
}

export interface EditorSection<K extends EntityKind> {
  /** Unique per entity kind; also the React key. */
  readonly id: string;
  /** Sections are shown by ascending order below the fields. */
  readonly order: number;
  readonly component: ComponentType<SectionProps<K>>;
  /**
   * Asks the section's queries (prefetchCall) as the editor opens, beside the editor's own call:
   * the section, mounted once the item has loaded, then finds its data asked already.
   */
  readonly prefetch?: (id: number) => void;
}

const sections = new Map<EntityKind, EditorSection<EntityKind>[]>();

/** Adds a section below an entity editor's fields (targets, rule, monitoring, …). */
export function registerEditorSection<K extends EntityKind>(kind: K, section: EditorSection<K>): void {
  const list = (sections.get(kind) ?? []).filter((s) => s.id !== section.id);
  list.push(section as unknown as EditorSection<EntityKind>);
  list.sort((a, b) => a.order - b.order);
  sections.set(kind, list);
}

export function editorSections<K extends EntityKind>(kind: K): readonly EditorSection<K>[] {
  return (sections.get(kind) ?? []) as unknown as EditorSection<K>[];
}
