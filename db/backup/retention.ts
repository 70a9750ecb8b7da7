// Which rolling backups to keep: the last 24 hours' backups, up to the newest 20 of them (a manual
// backup must survive the automatic one that follows it; without a cap, a workspace imported into
// all day keeps one backup per import), the newest of each of the last `days` calendar days and
// of each of the last `weeks` weeks (default 7 and 4), and always the newest one.
export interface BackupStamp {
  readonly file: string;
  readonly takenAt: string;
}

export interface RetentionRule {
  readonly days: number;
  readonly weeks: number;
}

const DAY = 86_400_000;
/** The most backups of the last 24 hours kept (the newest). */
export const RECENT_BACKUPS_KEPT = 20;

export function backupsToDelete(backups: readonly BackupStamp[], now: Date, rule: RetentionRule): string[] {
  const sorted = [...backups].sort((a, b) => b.takenAt.localeCompare(a.takenAt));
  const keep = new Set<string>();
  if (sorted[0]) keep.add(sorted[0].file);
  for (const b of sorted.slice(0, RECENT_BACKUPS_KEPT))
    if (now.getTime() - Date.parse(b.takenAt) < DAY) keep.add(b.file);
  const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  const newestIn = (from: number, to: number) =>
    sorted.find((b) => Date.parse(b.takenAt) >= from && Date.parse(b.takenAt) < to);
  for (let d = 0; d < rule.days; d++) {
    const found = newestIn(today - d * DAY, today - (d - 1) * DAY);
    if (found) keep.add(found.file);
  }
  for (let w = 0; w < rule.weeks; w++) {
    const found = newestIn(today - (w + 1) * 7 * DAY + DAY, today - w * 7 * DAY + DAY);
    if (found) keep.add(found.file);
  }
  return sorted.filter((b) => !keep.has(b.file)).map((b) => b.file);
}
