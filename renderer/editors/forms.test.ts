// The editor forms follow the entity definitions: each field's widget, emptiness and choices come
// from its schema in shared/contract/entities.ts, and every choice has a label in both languages.
import { describe, expect, it } from 'vitest';
import { de } from '../../shared/i18n/de.ts';
import { en } from '../../shared/i18n/en.ts';
import { type FormKind, forms, type Widget } from './forms.ts';

const describeWidget = (w: Widget) =>
  w.type === 'enum'
    ? `enum ${w.group}: ${w.values.join(' ')}`
    : w.type === 'reference'
      ? `→ ${w.source}`
      : w.type;

describe('editor forms', () => {
  it('derive each field’s widget and whether it may stay empty from the entity schema', () => {
    const shape = Object.fromEntries(
      Object.entries(forms).map(([kind, form]) => [
        kind,
        form.fields.map((f) => `${f.field}${f.optional ? '?' : ''}: ${describeWidget(f.widget)}`),
      ]),
    );
    expect(shape).toEqual({
      evaluation: [
        'title: text',
        'periodStart: date',
        'periodEnd: date',
        'cutoffDate: date',
        'meetingDate?: date',
        'language: enum language: de en',
      ],
      cluster: [
        'name: text',
        'region: text',
        'country: text',
        'sectorGroup?: enum sectorGroup: hightech growth ict mature other',
        'lifeCycleStage?: enum lifeCycleStage: emerging developing mature transforming',
        'foundingYear?: number',
        'hostOrganisation: text',
        'legalForm: text',
        'regionalStrengths: lines',
        'description: textarea',
        'reportAccent: colour',
        'reportFooter: text',
      ],
      strategy: [
        'title: text',
        'periodStart: date',
        'periodEnd: date',
        'vision: textarea',
        'mission: textarea',
      ],
      goal: [
        'title: text',
        'parentId?: → strategicGoals',
        'fieldOfActionId?: → fieldsOfAction',
        'perspective?: enum perspective: members_region finance processes_services learning_development',
        'owner: text',
        'priority?: enum priority: 1 2 3',
        'description: textarea',
        'rationale: textarea',
      ],
      indicator: [
        'name: text',
        'definition: textarea',
        'unit: text',
        'kind: enum kind: input output outcome impact',
        'direction: enum direction: increase decrease band',
        'bandLow?: number',
        'bandHigh?: number',
        'aggregation: enum aggregation: cumulative periodic',
        'frequency: enum frequency: monthly quarterly half_yearly yearly',
        'baselineDate?: date',
        'baselineValue?: number',
        'toleranceAtRisk: number',
        'toleranceOffTrack: number',
        'dataSource: text',
        'owner: text',
        'derived?: enum derived: members new_members leaving_members events event_participants sme_research_links private_cofunding_share management_fte members_business members_administration members_research members_culture relationships_per_actor network_density sme_research_share isolated_members top_broker_share communities',
      ],
      milestone: [
        'title: text',
        'dueDate: date',
        'goalId?: → goalsOfStrategy',
        'owner: text',
        'status: enum status: planned in_progress done delayed cancelled',
        'completedOn?: date',
        'evidence: textarea',
      ],
      breakPoint: [
        'title: text',
        'kind: enum breakPointKind: rule qualitative',
        'checkDate: date',
        'criterion: textarea',
        'consequence?: enum consequence: revise_strategy adjust_goals reduce_funding wind_down other',
        'consequenceNote: textarea',
      ],
    });
  });

  it('name every choice in German and English', () => {
    const missing: string[] = [];
    for (const [kind, form] of Object.entries(forms) as [FormKind, (typeof forms)[FormKind]][]) {
      for (const { field, widget } of form.fields) {
        if (!Object.hasOwn(en, `field.${field}`)) missing.push(`${kind}: field.${field}`);
        if (widget.type !== 'enum') continue;
        for (const value of widget.values) {
          const key = `option.${widget.group}.${value}`;
          if (!Object.hasOwn(en, key) || !Object.hasOwn(de, key)) missing.push(`${kind}: ${key}`);
        }
      }
    }
    expect(missing).toEqual([]);
  });
});
