// Common indicators of cluster management (after the survey and cluster-programme practice), in
// German and English. Inserting one creates an ordinary, editable indicator.
import type { Language } from '../contract/schemas.ts';

type Text = Readonly<Record<Language, string>>;
const t = (de: string, en: string): Text => ({ de, en });

export interface CatalogueIndicator {
  readonly key: string;
  readonly name: Text;
  readonly definition: Text;
  readonly unit: Text;
  readonly kind: 'input' | 'output' | 'outcome' | 'impact';
  readonly direction: 'increase' | 'decrease' | 'band';
  readonly aggregation: 'cumulative' | 'periodic';
  readonly frequency: 'monthly' | 'quarterly' | 'half_yearly' | 'yearly';
  readonly derived?:
    | 'members'
    | 'new_members'
    | 'leaving_members'
    | 'events'
    | 'event_participants'
    | 'sme_research_links'
    | 'private_cofunding_share'
    | 'management_fte';
}

const pct = t('%', '%');
const count = (de: string, en: string) => t(de, en);

export const indicatorCatalogue: readonly CatalogueIndicator[] = [
  {
    key: 'members',
    name: t('Mitglieder', 'Members'),
    definition: t(
      'Zahl der Mitglieder mit gültiger Mitgliedschaft am Stichtag.',
      'Number of members with a valid membership on the reporting date.',
    ),
    unit: count('Mitglieder', 'members'),
    kind: 'output',
    direction: 'increase',
    aggregation: 'periodic',
    frequency: 'quarterly',
    derived: 'members',
  },
  {
    key: 'new_members',
    name: t('Neue Mitglieder', 'New members'),
    definition: t('Im Zeitraum beigetretene Mitglieder.', 'Members who joined in the period.'),
    unit: count('Mitglieder', 'members'),
    kind: 'output',
    direction: 'increase',
    aggregation: 'periodic',
    frequency: 'quarterly',
    derived: 'new_members',
  },
  {
    key: 'leaving_members',
    name: t('Austritte', 'Members leaving'),
    definition: t('Im Zeitraum ausgetretene Mitglieder.', 'Members who left in the period.'),
    unit: count('Mitglieder', 'members'),
    kind: 'output',
    direction: 'decrease',
    aggregation: 'periodic',
    frequency: 'quarterly',
    derived: 'leaving_members',
  },
  {
    key: 'net_growth',
    name: t('Netto-Mitgliederwachstum', 'Net member growth'),
    definition: t(
      'Neue Mitglieder abzüglich Austritte im Jahr, bezogen auf den Bestand zu Jahresbeginn.',
      'New members minus leavers in the year, relative to the membership at the start of the year.',
    ),
    unit: pct,
    kind: 'outcome',
    direction: 'increase',
    aggregation: 'periodic',
    frequency: 'yearly',
  },
  {
    key: 'triple_helix',
    name: t('Triple-Helix-Mix', 'Triple-helix mix'),
    definition: t(
      'Anteil der Mitglieder aus Wirtschaft, Wissenschaft und Verwaltung; Zielkorridor für den kleinsten der drei Anteile.',
      'Share of members from business, research and administration; target band for the smallest of the three.',
    ),
    unit: pct,
    kind: 'output',
    direction: 'band',
    aggregation: 'periodic',
    frequency: 'yearly',
  },
  {
    key: 'company_share',
    name: t('Anteil Unternehmen', 'Share of companies'),
    definition: t('Anteil der Unternehmen an allen Mitgliedern.', 'Share of companies among all members.'),
    unit: pct,
    kind: 'output',
    direction: 'band',
    aggregation: 'periodic',
    frequency: 'yearly',
  },
  {
    key: 'sme_share',
    name: t('Anteil KMU', 'Share of SMEs'),
    definition: t(
      'Anteil kleiner und mittlerer Unternehmen an den Unternehmensmitgliedern.',
      'Share of small and medium-sized enterprises among company members.',
    ),
    unit: pct,
    kind: 'output',
    direction: 'increase',
    aggregation: 'periodic',
    frequency: 'yearly',
  },
  {
    key: 'research_members',
    name: t('Forschungseinrichtungen im Cluster', 'Research institutions in the cluster'),
    definition: t(
      'Zahl der Hochschulen und Forschungseinrichtungen unter den Mitgliedern.',
      'Number of universities and research institutes among the members.',
    ),
    unit: count('Einrichtungen', 'institutions'),
    kind: 'output',
    direction: 'increase',
    aggregation: 'periodic',
    frequency: 'yearly',
  },
  {
    key: 'management_fte',
    name: t('Personal des Clustermanagements', 'Cluster management staff'),
    definition: t(
      'Vollzeitäquivalente der Mitarbeitenden des Clustermanagements am Stichtag.',
      'Full-time equivalents of cluster management staff on the reporting date.',
    ),
    unit: t('VZÄ', 'FTE'),
    kind: 'input',
    direction: 'increase',
    aggregation: 'periodic',
    frequency: 'yearly',
    derived: 'management_fte',
  },
  {
    key: 'budget',
    name: t('Budget des Clustermanagements', 'Cluster management budget'),
    definition: t(
      'Gesamtbudget des Clustermanagements im Jahr.',
      'Total budget of the cluster management in the year.',
    ),
    unit: t('T€', '€ k'),
    kind: 'input',
    direction: 'increase',
    aggregation: 'periodic',
    frequency: 'yearly',
  },
  {
    key: 'private_share',
    name: t('Privater Finanzierungsanteil', 'Private co-funding share'),
    definition: t(
      'Anteil privater Mittel (Beiträge, Sponsoring, Projekterlöse, Sachleistungen) am Budget.',
      'Share of private funds (fees, sponsorship, project revenue, in-kind) in the budget.',
    ),
    unit: pct,
    kind: 'input',
    direction: 'increase',
    aggregation: 'periodic',
    frequency: 'yearly',
    derived: 'private_cofunding_share',
  },
  {
    key: 'fee_income',
    name: t('Einnahmen aus Mitgliedsbeiträgen', 'Membership fee income'),
    definition: t('Im Jahr eingenommene Mitgliedsbeiträge.', 'Membership fees received in the year.'),
    unit: t('T€', '€ k'),
    kind: 'input',
    direction: 'increase',
    aggregation: 'periodic',
    frequency: 'yearly',
  },
  {
    key: 'service_revenue',
    name: t('Erlöse aus Dienstleistungen', 'Service revenue'),
    definition: t(
      'Erlöse des Clustermanagements aus Dienstleistungen und Projekten.',
      'Revenue of the cluster management from services and projects.',
    ),
    unit: t('T€', '€ k'),
    kind: 'input',
    direction: 'increase',
    aggregation: 'periodic',
    frequency: 'yearly',
  },
  {
    key: 'events',
    name: t('Veranstaltungen', 'Events held'),
    definition: t(
      'Vom Clustermanagement durchgeführte Veranstaltungen im Zeitraum.',
      'Events run by the cluster management in the period.',
    ),
    unit: count('Veranstaltungen', 'events'),
    kind: 'output',
    direction: 'increase',
    aggregation: 'periodic',
    frequency: 'quarterly',
    derived: 'events',
  },
  {
    key: 'participants',
    name: t('Teilnehmende an Veranstaltungen', 'Event participants'),
    definition: t(
      'Summe der Teilnehmenden an Veranstaltungen im Zeitraum.',
      'Total participants in events in the period.',
    ),
    unit: count('Personen', 'people'),
    kind: 'output',
    direction: 'increase',
    aggregation: 'periodic',
    frequency: 'quarterly',
    derived: 'event_participants',
  },
  {
    key: 'participation_rate',
    name: t('Beteiligungsquote', 'Participation rate'),
    definition: t(
      'Anteil der Mitglieder, die im Zeitraum an mindestens einem Angebot teilgenommen haben.',
      'Share of members who took part in at least one offer in the period.',
    ),
    unit: pct,
    kind: 'outcome',
    direction: 'increase',
    aggregation: 'periodic',
    frequency: 'half_yearly',
  },
  {
    key: 'coop_projects',
    name: t('Gestartete Kooperationsprojekte', 'Cooperation projects started'),
    definition: t(
      'Neu gestartete Projekte mit mindestens zwei Mitgliedern.',
      'Newly started projects with at least two members.',
    ),
    unit: count('Projekte', 'projects'),
    kind: 'outcome',
    direction: 'increase',
    aggregation: 'cumulative',
    frequency: 'quarterly',
  },
  {
    key: 'coop_volume',
    name: t('Volumen der Kooperationsprojekte', 'Volume of cooperation projects'),
    definition: t(
      'Summe der Projektvolumina gestarteter Kooperationsprojekte.',
      'Total volume of the cooperation projects started.',
    ),
    unit: t('Mio. €', '€ m'),
    kind: 'outcome',
    direction: 'increase',
    aggregation: 'cumulative',
    frequency: 'quarterly',
  },
  {
    key: 'rnd_projects',
    name: t('F&E-Verbundprojekte Wirtschaft–Wissenschaft', 'Joint R&D projects of business and research'),
    definition: t(
      'Neue Verbundprojekte mit mindestens einem Unternehmen und einer Forschungseinrichtung.',
      'New joint projects with at least one company and one research institution.',
    ),
    unit: count('Projekte', 'projects'),
    kind: 'outcome',
    direction: 'increase',
    aggregation: 'cumulative',
    frequency: 'quarterly',
  },
  {
    key: 'sme_research_links',
    name: t('KMU mit Forschungskontakt', 'SMEs linked to research'),
    definition: t(
      'Anteil der KMU-Mitglieder mit mindestens einer Beziehung zu einer Forschungseinrichtung.',
      'Share of SME members with at least one relationship to a research institution.',
    ),
    unit: pct,
    kind: 'outcome',
    direction: 'increase',
    aggregation: 'periodic',
    frequency: 'yearly',
    derived: 'sme_research_links',
  },
  {
    key: 'network_density',
    name: t('Vernetzungsdichte', 'Network density'),
    definition: t(
      'Bestehende Beziehungen im Verhältnis zu allen möglichen Beziehungen zwischen Mitgliedern.',
      'Existing relationships relative to all possible relationships between members.',
    ),
    unit: pct,
    kind: 'outcome',
    direction: 'increase',
    aggregation: 'periodic',
    frequency: 'yearly',
  },
  {
    key: 'satisfaction',
    name: t('Mitgliederzufriedenheit', 'Member satisfaction'),
    definition: t(
      'Mittelwert der Mitgliederbefragung (1 = sehr unzufrieden … 5 = sehr zufrieden).',
      'Mean of the member survey (1 = very dissatisfied … 5 = very satisfied).',
    ),
    unit: t('Punkte', 'points'),
    kind: 'outcome',
    direction: 'increase',
    aggregation: 'periodic',
    frequency: 'yearly',
  },
  {
    key: 'recommendation',
    name: t('Weiterempfehlung', 'Recommendation rate'),
    definition: t(
      'Anteil der befragten Mitglieder, die den Cluster weiterempfehlen würden.',
      'Share of surveyed members who would recommend the cluster.',
    ),
    unit: pct,
    kind: 'outcome',
    direction: 'increase',
    aggregation: 'periodic',
    frequency: 'yearly',
  },
  {
    key: 'international_partnerships',
    name: t('Internationale Partnerschaften', 'International partnerships'),
    definition: t(
      'Vereinbarte Kooperationen mit Clustern oder Verbänden im Ausland.',
      'Agreed cooperations with clusters or associations abroad.',
    ),
    unit: count('Partnerschaften', 'partnerships'),
    kind: 'output',
    direction: 'increase',
    aggregation: 'cumulative',
    frequency: 'yearly',
  },
  {
    key: 'international_projects',
    name: t('Internationale Projekte', 'International projects'),
    definition: t(
      'Projekte mit Partnern im Ausland, an denen Mitglieder beteiligt sind.',
      'Projects with partners abroad in which members take part.',
    ),
    unit: count('Projekte', 'projects'),
    kind: 'outcome',
    direction: 'increase',
    aggregation: 'cumulative',
    frequency: 'yearly',
  },
  {
    key: 'delegations',
    name: t('Delegationsreisen und Messeauftritte', 'Delegation trips and trade fairs'),
    definition: t(
      'Organisierte Delegationsreisen und gemeinsame Messeauftritte.',
      'Organised delegation trips and joint trade-fair stands.',
    ),
    unit: count('Anlässe', 'occasions'),
    kind: 'output',
    direction: 'increase',
    aggregation: 'periodic',
    frequency: 'yearly',
  },
  {
    key: 'success_stories',
    name: t('Erfolgsgeschichten', 'Success stories'),
    definition: t(
      'Dokumentierte Erfolge, die auf die Clusterarbeit zurückgehen (z. B. Produkt, Ansiedlung, Patent).',
      'Documented successes traceable to the cluster’s work (e.g. product, location, patent).',
    ),
    unit: count('Geschichten', 'stories'),
    kind: 'impact',
    direction: 'increase',
    aggregation: 'cumulative',
    frequency: 'yearly',
  },
  {
    key: 'media_mentions',
    name: t('Medienberichte', 'Media mentions'),
    definition: t(
      'Berichte über den Cluster in Fach- und Regionalmedien.',
      'Reports on the cluster in trade and regional media.',
    ),
    unit: count('Berichte', 'mentions'),
    kind: 'output',
    direction: 'increase',
    aggregation: 'periodic',
    frequency: 'quarterly',
  },
  {
    key: 'website_visits',
    name: t('Besuche der Website', 'Website visits'),
    definition: t('Besuche der Cluster-Website im Zeitraum.', 'Visits to the cluster website in the period.'),
    unit: count('Besuche', 'visits'),
    kind: 'output',
    direction: 'increase',
    aggregation: 'periodic',
    frequency: 'quarterly',
  },
  {
    key: 'newsletter',
    name: t('Newsletter-Abonnenten', 'Newsletter subscribers'),
    definition: t(
      'Abonnenten des Cluster-Newsletters am Stichtag.',
      'Subscribers to the cluster newsletter on the reporting date.',
    ),
    unit: count('Abonnenten', 'subscribers'),
    kind: 'output',
    direction: 'increase',
    aggregation: 'periodic',
    frequency: 'quarterly',
  },
  {
    key: 'training_participants',
    name: t('Teilnehmende an Weiterbildungen', 'Training participants'),
    definition: t(
      'Teilnehmende an Qualifizierungsangeboten des Clusters.',
      'Participants in the cluster’s training offers.',
    ),
    unit: count('Personen', 'people'),
    kind: 'outcome',
    direction: 'increase',
    aggregation: 'cumulative',
    frequency: 'quarterly',
  },
  {
    key: 'startups',
    name: t('Begleitete Gründungen', 'Start-ups supported'),
    definition: t(
      'Gründungen, die das Clustermanagement beraten oder vermittelt hat.',
      'Start-ups advised or brokered by the cluster management.',
    ),
    unit: count('Gründungen', 'start-ups'),
    kind: 'impact',
    direction: 'increase',
    aggregation: 'cumulative',
    frequency: 'yearly',
  },
  {
    key: 'settlements',
    name: t('Neuansiedlungen', 'Companies attracted'),
    definition: t(
      'Unternehmen, die sich mit Unterstützung des Clusters in der Region angesiedelt haben.',
      'Companies that settled in the region with the cluster’s support.',
    ),
    unit: count('Unternehmen', 'companies'),
    kind: 'impact',
    direction: 'increase',
    aggregation: 'cumulative',
    frequency: 'yearly',
  },
  {
    key: 'employment',
    name: t('Beschäftigte in Mitgliedsunternehmen', 'Employment in member companies'),
    definition: t(
      'Beschäftigte der Mitgliedsunternehmen in der Region am Stichtag.',
      'Employees of member companies in the region on the reporting date.',
    ),
    unit: count('Beschäftigte', 'employees'),
    kind: 'impact',
    direction: 'increase',
    aggregation: 'periodic',
    frequency: 'yearly',
  },
  {
    key: 'vacancies',
    name: t('Unbesetzte Fachkräftestellen', 'Unfilled skilled positions'),
    definition: t(
      'Länger als drei Monate unbesetzte Fachkräftestellen bei Mitgliedsunternehmen.',
      'Skilled positions at member companies open for more than three months.',
    ),
    unit: count('Stellen', 'positions'),
    kind: 'impact',
    direction: 'decrease',
    aggregation: 'periodic',
    frequency: 'yearly',
  },
];
