// Control characters (a bell pasted into a narrative, a form feed from a PDF) are not allowed in
// XML 1.0: one of them in a text makes Word and Excel refuse the whole file. Both writers read
// the model through this, which drops them from every string; line breaks and tabs stay.
import type { ReportModel } from '../../shared/report/model.ts';

// biome-ignore lint/suspicious/noControlCharactersInRegex: the control characters are what is removed
const notInXml = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g;

export function printableText(text: string): string {
  return text.replace(notInXml, '');
}

/** The model with every string made printable (the model is JSON-safe, so a JSON round trip copies it). */
export function printableModel(model: ReportModel): ReportModel {
  return JSON.parse(JSON.stringify(model), (_key, value: unknown) =>
    typeof value === 'string' ? printableText(value) : value,
  ) as ReportModel;
}
