// Excel's rules for sheet names: at most 31 characters, none of []:*?/\, not starting or ending
// with an apostrophe, not "History" (reserved), unique regardless of case. Table captions and the
// model's sheet names are made to fit, and a repeated name gets a suffix: "Events (2)".
const maxLength = 31;

/** A name Excel accepts, from a model's sheet name or a caption; `fallback` when nothing is left. */
export function sanitizeSheetName(name: string, fallback: string): string {
  const cleaned = name
    .replace(/[/\\]/g, '-')
    .replace(/[[\]:*?]/g, ' ')
    // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is removed
    .replace(/[\u0000-\u001f\u007f]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^'+|'+$/g, '')
    .trim();
  const cut = truncate(cleaned, maxLength);
  return cut === '' || cut.toLowerCase() === 'history' ? truncate(fallback, maxLength) : cut;
}

/**
 * Cuts to `length` UTF-16 units: at the last space when that costs a few characters only (no
 * "by quar"), never inside a surrogate pair, without trailing spaces.
 */
function truncate(text: string, length: number, atSpace = true): string {
  if (text.length <= length) return text;
  let cut = text.slice(0, length);
  if (/[\ud800-\udbff]$/.test(cut)) cut = cut.slice(0, -1);
  const space = cut.lastIndexOf(' ');
  if (atSpace && text[cut.length] !== ' ' && space >= length - 8) cut = cut.slice(0, space);
  return cut.trimEnd();
}

/** Hands out unique sheet names in order: the second "Events" is "Events (2)", still ≤ 31 characters. */
export class SheetNames {
  private readonly taken = new Set<string>();

  constructor(reserved: readonly string[] = []) {
    for (const name of reserved) this.taken.add(name.toLowerCase());
  }

  claim(wanted: string, fallback: string): string {
    const base = sanitizeSheetName(wanted, fallback);
    let name = base;
    for (let n = 2; this.taken.has(name.toLowerCase()); n++) {
      const suffix = ` (${n})`;
      // Cut where the suffix needs the room: the name was already cut at a word if it was long.
      name = `${truncate(base, maxLength - suffix.length, false)}${suffix}`;
    }
    this.taken.add(name.toLowerCase());
    return name;
  }
}
