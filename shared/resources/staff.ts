// The cluster management's staff: full-time equivalents at a date, by role (specialisation),
// and averaged over each year. A staff row is a person or position with a role and FTE from its
// start date to its end date (inclusive; open-ended without one). The derived indicator
// "management FTE" (db/monitoring/derived.ts) is `fteAt` at each period end.
import type { StaffFact } from '../contract/resources.ts';

type Staff = Pick<StaffFact, 'role' | 'fte' | 'startOn' | 'endOn'>;

/** The survey's figures for comparison (FTE of cluster management, 2006/07, 40 clusters). */
export const surveyStaffFigures = { average: 2.5, germany: 1.5, uk: 3.5, austria: 5 } as const;

const round2 = (n: number) => Math.round(n * 100) / 100;

export function isActive(staff: Pick<Staff, 'startOn' | 'endOn'>, date: string): boolean {
  return staff.startOn <= date && (staff.endOn === null || staff.endOn >= date);
}

/** Total FTE of the rows active at `date`, to two decimals. */
export function fteAt(staff: readonly Staff[], date: string): number {
  let sum = 0;
  for (const s of staff) if (isActive(s, date)) sum += s.fte;
  return round2(sum);
}

/** Roles compare without case and surrounding spaces; a role shows as first written. */
const roleKey = (role: string) => role.trim().toLocaleLowerCase();

export interface RoleFte {
  readonly role: string;
  readonly fte: number;
  /** Rows (people or positions) in the role. */
  readonly people: number;
}

/** FTE by role at `date`, largest first (then by role). */
export function fteByRole(staff: readonly Staff[], date: string): RoleFte[] {
  const roles = new Map<string, { role: string; fte: number; people: number }>();
  for (const s of staff) {
    if (!isActive(s, date)) continue;
    const key = roleKey(s.role);
    const entry = roles.get(key) ?? { role: s.role.trim(), fte: 0, people: 0 };
    entry.fte += s.fte;
    entry.people++;
    roles.set(key, entry);
  }
  return [...roles.values()]
    .map((r) => ({ ...r, fte: round2(r.fte) }))
    .sort((a, b) => b.fte - a.fte || a.role.localeCompare(b.role));
}

const dayNumber = (iso: string) =>
  Date.UTC(+iso.slice(0, 4), +iso.slice(5, 7) - 1, +iso.slice(8, 10)) / 86_400_000;

/** Days of `year` a row covers. */
function daysIn(s: Pick<Staff, 'startOn' | 'endOn'>, year: number): number {
  const first = dayNumber(`${year}-01-01`);
  const last = dayNumber(`${year}-12-31`);
  const from = Math.max(first, dayNumber(s.startOn));
  const to = Math.min(last, s.endOn === null ? last : dayNumber(s.endOn));
  return Math.max(0, to - from + 1);
}

export interface YearFte {
  readonly year: number;
  /** FTE averaged over the days of the year (a position held half the year at 1.0 counts 0.5). */
  readonly fte: number;
  readonly byRole: readonly RoleFte[];
}

/** Average FTE per year, overall and by role (roles in the order of their total over all years). */
export function fteByYear(staff: readonly Staff[], years: readonly number[]): YearFte[] {
  const totals = new Map<string, number>();
  const result = years.map((year) => {
    const length = daysIn({ startOn: `${year}-01-01`, endOn: `${year}-12-31` }, year);
    const roles = new Map<string, { role: string; fte: number; people: number }>();
    for (const s of staff) {
      const days = daysIn(s, year);
      if (days === 0) continue;
      const key = roleKey(s.role);
      const entry = roles.get(key) ?? { role: s.role.trim(), fte: 0, people: 0 };
      entry.fte += (s.fte * days) / length;
      entry.people++;
      roles.set(key, entry);
      totals.set(key, (totals.get(key) ?? 0) + (s.fte * days) / length);
    }
    return { year, roles };
  });
  const order = [...totals.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([k]) => k);
  return result.map(({ year, roles }) => ({
    year,
    fte: round2([...roles.values()].reduce((sum, r) => sum + r.fte, 0)),
    byRole: order
      .filter((k) => roles.has(k))
      .map((k) => {
        const r = roles.get(k)!;
        return { role: r.role, fte: round2(r.fte), people: r.people };
      }),
  }));
}
