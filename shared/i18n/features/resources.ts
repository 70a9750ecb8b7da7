// UI strings of the resources feature, English and German side by side. Spread into the main
// catalogues (en.ts, de.ts), so features add keys without editing the same lines. German uses
// the funding vocabulary of German funders (Fördermittelgeber, Finanzierungsplan, Eigenanteil,
// Mitgliedsbeiträge, Sachleistungen, zahlenmäßiger Nachweis) and the terms of docs/domain.md.
export const resourcesEn = {
  // Tables (Activity panel) and calls
  'table.expenditure_line': 'Expenditure line',
  'table.benchmark_set': 'Benchmark set',
  'table.benchmark_value': 'Benchmark value',
  'table.activity_benchmark_choice': 'Benchmark choice',
  'table.label_indicator': 'Label indicator',
  'table.label_assessment': 'Label self-assessment',
  'table.label_result': 'Label assessment result',
  'activity.call.resources.saveStaff': 'Staff changed',
  'activity.call.resources.saveBudget': 'Budget changed',
  'activity.call.resources.saveExpenditure': 'Expenditure changed',
  'activity.call.resources.savePlan': 'Financing plan changed',
  'activity.call.resources.saveActivity': 'Activity profile changed',
  'activity.call.resources.import': 'Resources imported',
  'activity.call.benchmarks.save': 'Benchmark set saved',
  'activity.call.benchmarks.delete': 'Benchmark set deleted',
  'activity.call.benchmarks.choose': 'Benchmark chosen',
  'activity.call.labels.saveIndicators': 'Label indicators changed',
  'activity.call.labels.addExamples': 'Indicative label indicators added',
  'activity.call.labels.saveAssessment': 'Label self-assessment saved',
  'activity.call.labels.deleteAssessment': 'Label self-assessment deleted',

  // Categories and scales
  'resources.fundingCategory.eu': 'EU funding',
  'resources.fundingCategory.national': 'National funding',
  'resources.fundingCategory.state': 'State funding',
  'resources.fundingCategory.municipal': 'Municipal funding',
  'resources.fundingCategory.member_fees': 'Member fees',
  'resources.fundingCategory.private_sponsors': 'Private sponsors',
  'resources.fundingCategory.project_revenue': 'Project revenue',
  'resources.fundingCategory.in_kind': 'In-kind contributions',
  'resources.expenditureCategory.personnel': 'Personnel',
  'resources.expenditureCategory.travel': 'Travel',
  'resources.expenditureCategory.events': 'Events',
  'resources.expenditureCategory.communication': 'Communication and marketing',
  'resources.expenditureCategory.external_services': 'External services',
  'resources.expenditureCategory.equipment': 'Equipment and materials',
  'resources.expenditureCategory.overheads': 'Overheads',
  'resources.expenditureCategory.other': 'Other expenditure',
  'resources.labelArea.structure': 'Structure of the cluster',
  'resources.labelArea.management': 'Management and governance',
  'resources.labelArea.financing': 'Financing',
  'resources.labelArea.strategy_services': 'Strategy, objectives and services',
  'resources.labelArea.achievements': 'Achievements and recognition',
  'resources.comparator.ge': 'at least',
  'resources.comparator.le': 'at most',
  'resources.comparator.yes': 'yes/no',
  'resources.intensity.1': 'not at all',
  'resources.intensity.2': 'rarely',
  'resources.intensity.3': 'periodically',
  'resources.intensity.4': 'regularly',
  'resources.intensity.5': 'daily',
  'resources.public': 'Public',
  'resources.private': 'Private',

  // Built-in benchmark sets
  'resources.benchmark.builtin.survey_all': 'Survey 2006/07: all clusters (indicative)',
  'resources.benchmark.builtin.survey_ict': 'Survey 2006/07: ICT and media (indicative)',
  'resources.benchmark.builtin.survey_mature': 'Survey 2006/07: mature industries (indicative)',
  'resources.benchmark.builtin.survey_small_team': 'Survey 2006/07: small teams (indicative)',
  'resources.benchmark.builtin.survey_large_team': 'Survey 2006/07: teams of more than five (indicative)',
  'resources.benchmark.builtinSource':
    'Survey of 40 cluster managers in seven European countries, 2006/07. It reports only which activities are done daily, regularly or rarely, by sector group and staff size; the values are read from those statements and are indicative, not measured means.',

  // Problems
  'resources.problems.financing': 'Financing plan',
  'problems.publicShareAbovePlan':
    'Cluster “{name}”: the public share of income in {year} is {actual} %, above the {planned} % of the financing plan.',
  'problems.privateShareFalling':
    'Cluster “{name}”: the private share of income fell from {before} % in {previousYear} to {after} % in {year}.',
  'problems.planNotDegressive':
    'Cluster “{name}”: the financing plan raises the public share in {year} instead of lowering it.',

  // Errors
  'resources.error.benchmarkBuiltIn': 'The built-in benchmark sets cannot be changed. Copy one to adjust it.',
  'resources.error.import.invalid':
    'Nothing was imported: {count} errors, the first in row {row}, column “{column}”.',
  'resources.error.import.columns': 'Choose the columns the file has for each field.',
  'resources.error.import.empty': 'The file has no rows to import.',
  'resources.error.import.unreadable': '“{value}” could not be read as CSV or XLSX.',
  'resources.error.noStrategy':
    'Define a strategy with its period first: budgets, plans and activity profiles are kept for the strategy’s years.',
} as const;

export const resourcesDe: Record<keyof typeof resourcesEn, string> = {
  'table.expenditure_line': 'Ausgabenposition',
  'table.benchmark_set': 'Vergleichswerte',
  'table.benchmark_value': 'Vergleichswert',
  'table.activity_benchmark_choice': 'Gewählte Vergleichswerte',
  'table.label_indicator': 'Label-Indikator',
  'table.label_assessment': 'Label-Selbstbewertung',
  'table.label_result': 'Ergebnis der Label-Selbstbewertung',
  'activity.call.resources.saveStaff': 'Personal geändert',
  'activity.call.resources.saveBudget': 'Budget geändert',
  'activity.call.resources.saveExpenditure': 'Ausgaben geändert',
  'activity.call.resources.savePlan': 'Finanzierungsplan geändert',
  'activity.call.resources.saveActivity': 'Aktivitätsprofil geändert',
  'activity.call.resources.import': 'Ressourcen importiert',
  'activity.call.benchmarks.save': 'Vergleichswerte gespeichert',
  'activity.call.benchmarks.delete': 'Vergleichswerte gelöscht',
  'activity.call.benchmarks.choose': 'Vergleichswerte gewählt',
  'activity.call.labels.saveIndicators': 'Label-Indikatoren geändert',
  'activity.call.labels.addExamples': 'Beispielhafte Label-Indikatoren hinzugefügt',
  'activity.call.labels.saveAssessment': 'Label-Selbstbewertung gespeichert',
  'activity.call.labels.deleteAssessment': 'Label-Selbstbewertung gelöscht',

  'resources.fundingCategory.eu': 'EU-Mittel',
  'resources.fundingCategory.national': 'Bundesmittel',
  'resources.fundingCategory.state': 'Landesmittel',
  'resources.fundingCategory.municipal': 'Kommunale Mittel',
  'resources.fundingCategory.member_fees': 'Mitgliedsbeiträge',
  'resources.fundingCategory.private_sponsors': 'Private Sponsoren',
  'resources.fundingCategory.project_revenue': 'Projekterlöse',
  'resources.fundingCategory.in_kind': 'Sachleistungen',
  'resources.expenditureCategory.personnel': 'Personalausgaben',
  'resources.expenditureCategory.travel': 'Reisekosten',
  'resources.expenditureCategory.events': 'Veranstaltungen',
  'resources.expenditureCategory.communication': 'Öffentlichkeitsarbeit und Marketing',
  'resources.expenditureCategory.external_services': 'Aufträge an Dritte',
  'resources.expenditureCategory.equipment': 'Ausstattung und Sachmittel',
  'resources.expenditureCategory.overheads': 'Gemeinkosten',
  'resources.expenditureCategory.other': 'Sonstige Ausgaben',
  'resources.labelArea.structure': 'Struktur des Clusters',
  'resources.labelArea.management': 'Management und Governance',
  'resources.labelArea.financing': 'Finanzierung',
  'resources.labelArea.strategy_services': 'Strategie, Ziele und Leistungen',
  'resources.labelArea.achievements': 'Erfolge und Anerkennung',
  'resources.comparator.ge': 'mindestens',
  'resources.comparator.le': 'höchstens',
  'resources.comparator.yes': 'ja/nein',
  'resources.intensity.1': 'gar nicht',
  'resources.intensity.2': 'selten',
  'resources.intensity.3': 'periodisch',
  'resources.intensity.4': 'regelmäßig',
  'resources.intensity.5': 'täglich',
  'resources.public': 'Öffentlich',
  'resources.private': 'Privat',

  'resources.benchmark.builtin.survey_all': 'Befragung 2006/07: alle Cluster (Richtwerte)',
  'resources.benchmark.builtin.survey_ict': 'Befragung 2006/07: IKT und Medien (Richtwerte)',
  'resources.benchmark.builtin.survey_mature': 'Befragung 2006/07: Reife Branchen (Richtwerte)',
  'resources.benchmark.builtin.survey_small_team': 'Befragung 2006/07: kleine Teams (Richtwerte)',
  'resources.benchmark.builtin.survey_large_team':
    'Befragung 2006/07: Teams mit mehr als fünf Personen (Richtwerte)',
  'resources.benchmark.builtinSource':
    'Befragung von 40 Clustermanagern in sieben europäischen Ländern, 2006/07. Sie berichtet nur, welche Aktivitäten täglich, regelmäßig oder selten ausgeübt werden, nach Sektorgruppe und Personalstärke; die Werte sind daraus abgeleitet und Richtwerte, keine gemessenen Mittelwerte.',

  'resources.problems.financing': 'Finanzierungsplan',
  'problems.publicShareAbovePlan':
    'Cluster „{name}“: Der öffentliche Anteil an den Einnahmen {year} beträgt {actual} % und liegt über den {planned} % des Finanzierungsplans.',
  'problems.privateShareFalling':
    'Cluster „{name}“: Der private Finanzierungsanteil ist von {before} % ({previousYear}) auf {after} % ({year}) gesunken.',
  'problems.planNotDegressive':
    'Cluster „{name}“: Der Finanzierungsplan erhöht den öffentlichen Anteil {year}, statt ihn degressiv zu senken.',

  'resources.error.benchmarkBuiltIn':
    'Die mitgelieferten Vergleichswerte können nicht geändert werden. Kopieren Sie sie, um sie anzupassen.',
  'resources.error.import.invalid':
    'Nichts wurde importiert: {count} Fehler, der erste in Zeile {row}, Spalte „{column}“.',
  'resources.error.import.columns': 'Wählen Sie für jedes Feld die Spalte der Datei.',
  'resources.error.import.empty': 'Die Datei enthält keine Zeilen zum Importieren.',
  'resources.error.import.unreadable': '„{value}“ konnte nicht als CSV oder XLSX gelesen werden.',
  'resources.error.noStrategy':
    'Legen Sie zuerst eine Strategie mit ihrem Zeitraum an: Budgets, Finanzierungspläne und Aktivitätsprofile gelten für die Jahre der Strategie.',
};
