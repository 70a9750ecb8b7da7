// UI strings of the network feature, English and German side by side. Spread into the main
// catalogues (en.ts, de.ts), so features add keys without editing the same lines.
export const networkEn = {
  'network.svg.heading': 'network of actors',
  'network.svg.summary': '{actors} actors, {relationships} relationships in force on {date}',
  'network.svg.asOf': 'As of {date}',
  'network.svg.partner': 'Outlined: partner, not a member',
  'network.svg.size': 'Size: number of relationships. Lines: linked pairs.',
  'network.svg.empty': 'No actors at this date.',
} as const;

export const networkDe: Record<keyof typeof networkEn, string> = {
  'network.svg.heading': 'Netzwerk der Akteure',
  'network.svg.summary': '{actors} Akteure, {relationships} Beziehungen am {date}',
  'network.svg.asOf': 'Stand {date}',
  'network.svg.partner': 'Umrandet: Partner, kein Mitglied',
  'network.svg.size': 'Größe: Zahl der Beziehungen. Linien: verbundene Paare.',
  'network.svg.empty': 'Zu diesem Datum keine Akteure.',
};
