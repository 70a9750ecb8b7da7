// UI strings of the evaluation feature, English and German side by side. Spread into the main
// catalogues (en.ts, de.ts), so features add keys without editing the same lines.
export const evaluationEn = {} as const;

export const evaluationDe: Record<keyof typeof evaluationEn, string> = {};
