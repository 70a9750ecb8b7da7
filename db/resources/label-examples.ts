// Indicative example indicators for the ESCA/EUCLES label self-assessment, a few per area. The
// official list and its thresholds are not public: these are plausible items a manager can
// start from, stored marked as indicative, to be replaced or adjusted with the official ones.
import type { LabelArea, LabelComparator } from '../../shared/contract/resources.ts';

type Lang = 'de' | 'en';
interface Example {
  readonly area: LabelArea;
  readonly code: string;
  readonly title: Readonly<Record<Lang, string>>;
  readonly unit: Readonly<Record<Lang, string>>;
  readonly comparator: LabelComparator;
  readonly threshold: number | null;
  readonly description: Readonly<Record<Lang, string>>;
}

const t = (de: string, en: string) => ({ de, en });
const none = t('', '');

export const labelExamples: readonly Example[] = [
  {
    area: 'structure',
    code: 'S1',
    title: t('Verpflichtete Clusterakteure', 'Committed cluster participants'),
    unit: t('Akteure', 'actors'),
    comparator: 'ge',
    threshold: 30,
    description: t(
      'Mitglieder mit schriftlicher Verpflichtung (Mitgliedschaft, Kooperationsvereinbarung).',
      'Members with a written commitment (membership, cooperation agreement).',
    ),
  },
  {
    area: 'structure',
    code: 'S2',
    title: t('Anteil der Unternehmen an den Akteuren', 'Share of companies among the participants'),
    unit: t('%', '%'),
    comparator: 'ge',
    threshold: 50,
    description: none,
  },
  {
    area: 'structure',
    code: 'S3',
    title: t('Anteil KMU an den Unternehmen', 'Share of SMEs among the companies'),
    unit: t('%', '%'),
    comparator: 'ge',
    threshold: 50,
    description: none,
  },
  {
    area: 'management',
    code: 'M1',
    title: t('Personal des Clustermanagements', 'Cluster management staff'),
    unit: t('VZÄ', 'FTE'),
    comparator: 'ge',
    threshold: 2,
    description: none,
  },
  {
    area: 'management',
    code: 'M2',
    title: t('Jahre im Betrieb', 'Years in operation'),
    unit: t('Jahre', 'years'),
    comparator: 'ge',
    threshold: 3,
    description: none,
  },
  {
    area: 'management',
    code: 'M3',
    title: t('Lenkungsgremium mit Vertretung der Mitglieder', 'Steering board with member representatives'),
    unit: none,
    comparator: 'yes',
    threshold: null,
    description: none,
  },
  {
    area: 'financing',
    code: 'F1',
    title: t('Privater Finanzierungsanteil', 'Private share of income'),
    unit: t('%', '%'),
    comparator: 'ge',
    threshold: 30,
    description: t(
      'Mitgliedsbeiträge, Sponsoring, Projekterlöse und Sachleistungen am Ist-Budget.',
      'Member fees, sponsorship, project revenue and in-kind contributions in the actual budget.',
    ),
  },
  {
    area: 'financing',
    code: 'F2',
    title: t('Finanzierung im Voraus gesichert', 'Financing secured ahead'),
    unit: t('Jahre', 'years'),
    comparator: 'ge',
    threshold: 2,
    description: none,
  },
  {
    area: 'strategy_services',
    code: 'P1',
    title: t('Dokumentierte Strategie mit messbaren Zielen', 'Documented strategy with measurable goals'),
    unit: none,
    comparator: 'yes',
    threshold: null,
    description: none,
  },
  {
    area: 'strategy_services',
    code: 'P2',
    title: t('Leistungen für die Mitglieder', 'Services offered to members'),
    unit: t('Leistungen', 'services'),
    comparator: 'ge',
    threshold: 5,
    description: none,
  },
  {
    area: 'strategy_services',
    code: 'P3',
    title: t('Zufriedenheitsbefragung der Mitglieder', 'Member satisfaction survey'),
    unit: none,
    comparator: 'yes',
    threshold: null,
    description: none,
  },
  {
    area: 'achievements',
    code: 'E1',
    title: t('Angestoßene Kooperationsprojekte im Jahr', 'Joint projects initiated in the year'),
    unit: t('Projekte', 'projects'),
    comparator: 'ge',
    threshold: 5,
    description: none,
  },
  {
    area: 'achievements',
    code: 'E2',
    title: t('Presseberichte im Jahr', 'Press coverage in the year'),
    unit: t('Berichte', 'articles'),
    comparator: 'ge',
    threshold: 10,
    description: none,
  },
];
