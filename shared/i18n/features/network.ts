// UI strings of the network feature, English and German side by side. Spread into the main
// catalogues (en.ts, de.ts), so features add keys without editing the same lines.
export const networkEn = {} as const;

export const networkDe: Record<keyof typeof networkEn, string> = {};
