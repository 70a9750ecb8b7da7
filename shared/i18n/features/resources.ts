// UI strings of the resources feature, English and German side by side. Spread into the main
// catalogues (en.ts, de.ts), so features add keys without editing the same lines.
export const resourcesEn = {} as const;

export const resourcesDe: Record<keyof typeof resourcesEn, string> = {};
