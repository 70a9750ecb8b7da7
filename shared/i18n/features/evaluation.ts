// UI strings of the evaluation feature, English and German side by side. Spread into the main
// catalogues (en.ts, de.ts), so features add keys without editing the same lines. German terms:
// Evaluierung, Evaluierungssitzung, Beschluss, Sollbruchstelle, Tagesordnung, Protokoll.
export const evaluationEn = {
  'problems.breakPointNeedsVerdict':
    'Qualitative break-point “{name}” was due on {date} and has no verdict yet: assess it in the evaluation.',
  'evaluation.agenda.overall': 'Overall assessment',
  'evaluation.agenda.decision': 'Decision on continuation',
  'evaluation.reason.breakPointMissed':
    'Break-point missed: its check date {date} has passed without the criterion met.',
  'evaluation.reason.breakPointNoEvidence':
    'Break-point missed for lack of evidence: no data by its check date {date}.',
  'evaluation.reason.breakPointAtRisk': 'Break-point at risk: the trend misses the criterion by {date}.',
  'evaluation.reason.breakPointDue': 'Break-point due in the period ({date}): {status}.',
  'evaluation.reason.breakPointNeedsVerdict': 'Qualitative break-point due on {date}: it needs a verdict.',
  'evaluation.reason.indicatorOffTrack': 'Indicator off track: {deviation} behind the plan.',
  'evaluation.reason.indicatorAtRisk': 'Indicator at risk: {deviation} behind the plan.',
  'evaluation.reason.milestoneOverdue': 'Milestone overdue: due on {date}, {days} days late at the cut-off.',
  'evaluation.reason.milestoneOverdue.one': 'Milestone overdue: due on {date}, 1 day late at the cut-off.',
  'evaluation.reason.overall': 'The board assesses the period as a whole.',
  'evaluation.reason.decision': 'The board decides whether cluster management continues.',
  'evaluation.reason.other': 'Added to the agenda.',

  'evaluation.pace': '{needed}{unit} a month needed, {soFar} so far',
  'evaluation.pace.noTrend': '{needed}{unit} a month needed; too few measurements for a trend so far',

  'evaluation.draft.indicator':
    '{name} stood at {actual}{unit} on {date}, against a plan of {planned}{unit}: {status}.',
  'evaluation.draft.indicator.noData': 'There is no measurement of {name} up to {date}: no data.',
  'evaluation.draft.indicator.behind': 'That is {deviation} behind the plan.',
  'evaluation.draft.indicator.trend':
    'The trend (least squares over {window} measurements from {from} to {to}) points to {value}{unit} by {until}.',
  'evaluation.draft.indicator.pace':
    'To reach {target}{unit} by {date}, {needed}{unit} a month are needed; so far it was {soFar}{unit} a month.',
  'evaluation.draft.indicator.paceNoTrend':
    'To reach {target}{unit} by {date}, {needed}{unit} a month are needed.',
  'evaluation.draft.breakPoint': '{sentence} At the cut-off date the break-point is: {status}.',
  'evaluation.draft.breakPoint.missed':
    'The criterion was not met by {date}; the consequence agreed for this case is due.',
  'evaluation.draft.breakPoint.qualitative':
    'The board judges whether the criterion holds, on the evidence presented.',
  'evaluation.draft.milestone':
    '“{title}” was due on {date} and is {days} days overdue at the cut-off date (status: {status}).',
  'evaluation.draft.overall':
    'Indicators: {onTrack} on track, {atRisk} at risk, {offTrack} off track (of {indicators}). Break-points due in the period: {met} of {due} met. Milestones overdue: {overdue}.',
  'evaluation.draft.decision.continue':
    'Proposed: continue. The indicators are on plan and no break-point was missed.',
  'evaluation.draft.decision.continue_with_adjustments':
    'Proposed: continue with adjustments. Break-points missed: {missed}; indicators behind the plan: {behind}. The affected goals and targets are to be revised.',
  'evaluation.draft.decision.wind_down':
    'Proposed: wind down. The break-point “{title}” was missed, and its agreed consequence is to wind cluster management down.',
} as const;

export const evaluationDe: Record<keyof typeof evaluationEn, string> = {
  'problems.breakPointNeedsVerdict':
    'Die qualitative Sollbruchstelle „{name}“ war am {date} fällig und hat noch keine Bewertung: Bewerten Sie sie in der Evaluierung.',
  'evaluation.agenda.overall': 'Gesamtbewertung',
  'evaluation.agenda.decision': 'Beschluss über die Fortführung',
  'evaluation.reason.breakPointMissed':
    'Sollbruchstelle verfehlt: Der Prüftermin {date} ist verstrichen, ohne dass das Kriterium erfüllt wurde.',
  'evaluation.reason.breakPointNoEvidence':
    'Sollbruchstelle mangels Nachweis verfehlt: keine Daten bis zum Prüftermin {date}.',
  'evaluation.reason.breakPointAtRisk':
    'Sollbruchstelle gefährdet: Nach dem Trend wird das Kriterium bis {date} verfehlt.',
  'evaluation.reason.breakPointDue': 'Sollbruchstelle im Zeitraum fällig ({date}): {status}.',
  'evaluation.reason.breakPointNeedsVerdict':
    'Qualitative Sollbruchstelle, fällig am {date}: Sie braucht eine Bewertung.',
  'evaluation.reason.indicatorOffTrack': 'Indikator nicht im Plan: {deviation} hinter dem Plan.',
  'evaluation.reason.indicatorAtRisk': 'Indikator gefährdet: {deviation} hinter dem Plan.',
  'evaluation.reason.milestoneOverdue':
    'Meilenstein überfällig: fällig am {date}, zum Stichtag {days} Tage im Verzug.',
  'evaluation.reason.milestoneOverdue.one':
    'Meilenstein überfällig: fällig am {date}, zum Stichtag 1 Tag im Verzug.',
  'evaluation.reason.overall': 'Der Vorstand bewertet den Zeitraum als Ganzes.',
  'evaluation.reason.decision': 'Der Vorstand beschließt, ob das Clustermanagement fortgeführt wird.',
  'evaluation.reason.other': 'Zur Tagesordnung hinzugefügt.',

  'evaluation.pace': '{needed}{unit} pro Monat nötig, bisher {soFar}',
  'evaluation.pace.noTrend': '{needed}{unit} pro Monat nötig; bisher zu wenige Messwerte für einen Trend',

  'evaluation.draft.indicator':
    '{name} lag am {date} bei {actual}{unit}, geplant waren {planned}{unit}: {status}.',
  'evaluation.draft.indicator.noData': 'Für {name} gibt es bis zum {date} keinen Messwert: keine Daten.',
  'evaluation.draft.indicator.behind': 'Das sind {deviation} hinter dem Plan.',
  'evaluation.draft.indicator.trend':
    'Der Trend (kleinste Quadrate über {window} Messwerte vom {from} bis {to}) lässt bis {until} {value}{unit} erwarten.',
  'evaluation.draft.indicator.pace':
    'Um {target}{unit} bis {date} zu erreichen, sind {needed}{unit} pro Monat nötig; bisher waren es {soFar}{unit} pro Monat.',
  'evaluation.draft.indicator.paceNoTrend':
    'Um {target}{unit} bis {date} zu erreichen, sind {needed}{unit} pro Monat nötig.',
  'evaluation.draft.breakPoint': '{sentence} Zum Stichtag ist die Sollbruchstelle: {status}.',
  'evaluation.draft.breakPoint.missed':
    'Das Kriterium wurde bis {date} nicht erfüllt; die für diesen Fall vereinbarte Folge ist fällig.',
  'evaluation.draft.breakPoint.qualitative':
    'Der Vorstand beurteilt anhand der vorgelegten Nachweise, ob das Kriterium erfüllt ist.',
  'evaluation.draft.milestone':
    '„{title}“ war am {date} fällig und ist zum Stichtag {days} Tage überfällig (Status: {status}).',
  'evaluation.draft.overall':
    'Indikatoren: {onTrack} im Plan, {atRisk} gefährdet, {offTrack} nicht im Plan (von {indicators}). Im Zeitraum fällige Sollbruchstellen: {met} von {due} erfüllt. Überfällige Meilensteine: {overdue}.',
  'evaluation.draft.decision.continue':
    'Vorschlag: Fortführung. Die Indikatoren liegen im Plan, keine Sollbruchstelle wurde verfehlt.',
  'evaluation.draft.decision.continue_with_adjustments':
    'Vorschlag: Fortführung mit Anpassungen. Verfehlte Sollbruchstellen: {missed}; Indikatoren hinter dem Plan: {behind}. Die betroffenen Ziele und Zielwerte sind zu überarbeiten.',
  'evaluation.draft.decision.wind_down':
    'Vorschlag: Beendigung. Die Sollbruchstelle „{title}“ wurde verfehlt; als Folge ist vereinbart, das Clustermanagement zu beenden.',
};
