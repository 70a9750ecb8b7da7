// "Today" for ClusterPilot is the user's local calendar date, never the UTC date: near midnight
// the two differ, and the Problems panel, the dashboard and new items must agree on one day.
// Every caller asks this module; the backend gets the renderer's date where it matters.

/** The local calendar date of `now` as an ISO date (yyyy-mm-dd). */
export function localToday(now: Date = new Date()): string {
  const y = now.getFullYear();
  const m = String(now.getMonth() + 1).padStart(2, '0');
  const d = String(now.getDate()).padStart(2, '0');
  return `${String(y).padStart(4, '0')}-${m}-${d}`;
}

/** The local calendar year of `now`. */
export function localYear(now: Date = new Date()): number {
  return now.getFullYear();
}
