// Fuzzy matching for the command palette and quick open, in the manner of VS Code: the query's
// characters must appear in order; consecutive runs and word starts score higher.

export interface FuzzyMatch {
  readonly score: number;
  /** Indices into the target of the matched characters, for highlighting. */
  readonly positions: readonly number[];
}

const wordSeparators = new Set([' ', '-', '_', '.', '/', ':', '(', ')', '…', '„', '“', '"']);

function fold(s: string): string {
  return s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** Returns null when `query` does not match `target`. An empty query matches with score 0. */
export function fuzzyMatch(query: string, target: string): FuzzyMatch | null {
  const q = fold(query.replace(/\s+/g, ''));
  if (q.length === 0) return { score: 0, positions: [] };
  const t = fold(target);
  if (q.length > t.length) return null;

  // Greedy from each possible start of the first character; keep the best score.
  let best: FuzzyMatch | null = null;
  for (let start = t.indexOf(q[0]!); start !== -1; start = t.indexOf(q[0]!, start + 1)) {
    const match = matchFrom(q, t, start);
    if (match && (!best || match.score > best.score)) best = match;
  }
  return best;
}

function matchFrom(q: string, t: string, start: number): FuzzyMatch | null {
  const positions: number[] = [];
  let score = 0;
  let ti = start;
  for (let qi = 0; qi < q.length; qi++) {
    while (ti < t.length && t[ti] !== q[qi]) ti++;
    if (ti >= t.length) return null;
    const previous = positions[positions.length - 1];
    const atWordStart = ti === 0 || wordSeparators.has(t[ti - 1]!);
    score += 1;
    if (previous !== undefined && previous === ti - 1) score += 5;
    if (atWordStart) score += 8;
    if (ti === 0) score += 4;
    positions.push(ti);
    ti++;
  }
  // Prefer the query as one contiguous piece (best at a word start), then compact matches and
  // shorter targets: "members" ranks "Members" above "Member satisfaction".
  const span = positions[positions.length - 1]! - positions[0]!;
  if (span === q.length - 1)
    score += 15 + (positions[0] === 0 || wordSeparators.has(t[positions[0]! - 1]!) ? 10 : 0);
  score -= span * 0.5;
  score -= t.length * 0.01;
  return { score, positions };
}

/** Filters and sorts items by match quality; ties keep their original order. */
export function fuzzyFilter<T>(
  query: string,
  items: readonly T[],
  label: (item: T) => string,
): { item: T; match: FuzzyMatch }[] {
  const results: { item: T; match: FuzzyMatch; index: number }[] = [];
  items.forEach((item, index) => {
    const match = fuzzyMatch(query, label(item));
    if (match) results.push({ item, match, index });
  });
  results.sort((a, b) => b.match.score - a.match.score || a.index - b.index);
  return results.map(({ item, match }) => ({ item, match }));
}
