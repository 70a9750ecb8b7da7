// UI strings of the report feature, English and German side by side. Spread into the main
// catalogues (en.ts, de.ts), so features add keys without editing the same lines.
export const reportEn = {} as const;

export const reportDe: Record<keyof typeof reportEn, string> = {};
