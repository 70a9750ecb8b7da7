// Control characters (a bell pasted into a narrative, a form feed from a PDF) are not allowed in
// XML 1.0: one of them in a text makes Word and Excel refuse the whole file. Both writers read
// the model through this, which drops them from every string; line breaks and tabs stay.
import type { ReportModel } from '../../shared/report/model.ts';

// biome-ignore lint/suspicious/noControlCharactersInRegex: the control characters are what is removed
const notInXml = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g;

export function printableText(text: string): string {
  return text.replace(notInXml, '');
}

/** A JSON-safe value with every string made printable; parts without such a string are shared. */
function printable(value: unknown): unknown {
  if (typeof value === 'string') return printableText(value);
  if (Array.isArray(value)) {
    let copy: unknown[] | null = null;
    for (let i = 0; i < value.length; i++) {
      const item = printable(value[i]);
      if (item === value[i]) continue;
      copy ??= [...value];
      copy[i] = item;
    }
    return copy ?? value;
  }
  if (value !== null && typeof value === 'object') {
    let copy: Record<string, unknown> | null = null;
    for (const [key, item] of Object.entries(value)) {
      const clean = printable(item);
      if (clean === item) continue;
      copy ??= { ...value };
      copy[key] = clean;
    }
    return copy ?? value;
  }
  return value;
}

/**
 * The model with every string made printable. The model is JSON-safe and never changed in place,
 * so what needs no change is shared rather than copied (a large report's model is megabytes).
 */
export function printableModel(model: ReportModel): ReportModel {
  return printable(model) as ReportModel;
}
