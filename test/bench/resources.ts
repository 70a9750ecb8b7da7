// Bench section `resources` (BENCH=resources): the resource views of the largest cluster of the
// large workspace (ten years of budget from 20 funding sources, expenditure, plan, activity
// profile, 1,000 events, 500 actors with 200 commitments, 25 staff rows, 36 label indicators
// assessed four times):
// - in Chromium: opening each view from the Resources side view, timed in the page from the click
//   to the first frame that shows its grid and chart (budget: < 200 ms for the finance and
//   activity views);
// - the backend call that loads the facts, and the pure computations the views and the report
//   run on them (statement, plan comparison, activity profile, readiness, label history).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createBackend } from '../../db/backend/backend.ts';
import { generateLarge } from '../../db/generate/large.ts';
import { openWorkspace } from '../../db/sqlite/connection.ts';
import type { ResourceFacts } from '../../shared/contract/resources.ts';
import { activityProfile, chosenBenchmark } from '../../shared/resources/activity.ts';
import { compareWithPlan, financialStatement } from '../../shared/resources/finance.ts';
import { assessmentHistory } from '../../shared/resources/labels.ts';
import { listingReadiness } from '../../shared/resources/readiness.ts';
import { fteByYear } from '../../shared/resources/staff.ts';
import { openApp, openBrowser } from '../e2e/support/browser.ts';
import { startHost } from '../e2e/support/host.ts';

const round = (n: number) => Math.round(n * 10) / 10;
const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
};
const figures = (samples: number[]) => ({
  p50: round(percentile(samples, 50)),
  max: round(Math.max(...samples)),
});

/** Each view: the side view's button and what must be on screen before it counts as open. */
const views = [
  [
    'budget',
    'Open Budget',
    '.budget-editor[data-ready] [role="gridcell"]',
    '.budget-editor .rc-income-chart svg',
  ],
  [
    'financingPlan',
    'Open Financing Plan',
    '.plan-editor[data-ready] .statement-table tbody tr',
    '.plan-editor .rc-share-chart svg',
  ],
  [
    'activityProfile',
    'Open Activity Profile',
    '.activity-editor [role="gridcell"]',
    '.activity-editor .rc-radar svg',
  ],
  ['staff', 'Open Staff', '.staff-editor[data-ready] [role="gridcell"]', '.staff-editor .rc-fte-chart svg'],
  [
    'readiness',
    'Open Listings and Labels',
    '.readiness-editor .listing-card',
    '.readiness-editor .rc-label-chart svg',
  ],
] as const;

export async function resourcesBench(runs: number) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'clusterpilot-bench-resources-'));
  try {
    const file = path.join(dir, 'workspace.clusterpilot');
    const { db } = await openWorkspace(file);
    generateLarge(db);
    db.pragma('wal_checkpoint(TRUNCATE)');
    db.close();

    // The backend: the facts of the largest cluster, and the computations on them.
    const backend = await createBackend({ workspacePath: file, dataDir: dir, log: () => undefined });
    const raw = backend.workspace.db;
    const clusterId = raw
      .prepare(
        `select c.id from cluster c order by
           (select count(*) from budget_line l join funding_source s on s.id = l.funding_source_id where s.cluster_id = c.id)
         + (select count(*) from event e where e.cluster_id = c.id)
         + (select count(*) from actor a where a.cluster_id = c.id) desc, c.id limit 1`,
      )
      .pluck()
      .get() as number;
    const clusterName = raw.prepare('select name from cluster where id = ?').pluck().get(clusterId) as string;
    const load: number[] = [];
    let facts: ResourceFacts | null = null;
    let bytes = 0;
    for (let i = 0; i < runs * 4 + 5; i++) {
      const start = performance.now();
      const result = await backend.call('resources.facts', { clusterId });
      if (i >= 5) load.push(performance.now() - start);
      if (!result.ok) throw new Error(JSON.stringify(result.error));
      facts = result.data as ResourceFacts;
      bytes = JSON.stringify(facts).length;
    }
    backend.close();
    const f = facts!;
    const counts = {
      fundingSources: f.fundingSources.length,
      budgetLines: f.budgetLines.length,
      expenditureLines: f.expenditure.length,
      activityRows: f.activityPlan.length,
      events: f.events.length,
      actors: f.actors.length,
      commitments: f.commitments.length,
      staff: f.staff.length,
      labelIndicators: f.labelIndicators.length,
      labelAssessments: f.labelAssessments.length,
    };
    const asOf = f.events.at(-1)?.date ?? '2025-12-31';
    const year = Number(asOf.slice(0, 4));
    const compute: number[] = [];
    for (let i = 0; i < runs * 4; i++) {
      const start = performance.now();
      financialStatement({
        sources: f.fundingSources,
        budgetLines: f.budgetLines,
        expenditure: f.expenditure,
        plan: f.financingPlan,
      });
      compareWithPlan(f.fundingSources, f.budgetLines, f.financingPlan);
      activityProfile({
        fields: f.fieldsOfAction,
        plan: f.activityPlan,
        year,
        benchmark: chosenBenchmark(f.benchmarkSets, f.benchmarkChoice, f.sectorGroup),
        events: f.events,
        asOf,
      });
      listingReadiness(f, asOf);
      assessmentHistory(f.labelIndicators, f.labelAssessments);
      fteByYear(f.staff, [
        year - 9,
        year - 8,
        year - 7,
        year - 6,
        year - 5,
        year - 4,
        year - 3,
        year - 2,
        year - 1,
        year,
      ]);
      compute.push(performance.now() - start);
    }

    // Chromium: each view opened from the Resources side view, closed, opened again.
    const host = await startHost(dir);
    const browser = await openBrowser();
    const open: Record<string, { p50: number; max: number }> = {};
    try {
      const page = browser.page;
      await openApp(page, host.url);
      await page.keyboard.press('Control+Shift+B');
      const section = page
        .getByRole('navigation', { name: 'Resources' })
        .locator('section')
        .filter({ has: page.getByRole('heading', { name: clusterName, exact: true }) });
      await section.first().waitFor();
      for (const [kind, button, content, chart] of views) {
        const samples: number[] = [];
        for (let i = 0; i < runs + 1; i++) {
          // Timed in the page: from the click to the first frame with the grid and the chart.
          const target = await section.getByRole('button', { name: button, exact: true }).elementHandle();
          const ms = await page.evaluate(
            async ([element, selectors]) => {
              const start = performance.now();
              (element as HTMLElement).click();
              await new Promise<void>((resolve) => {
                const check = () =>
                  selectors.every((s) => document.querySelector(s))
                    ? resolve()
                    : requestAnimationFrame(check);
                check();
              });
              await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
              return performance.now() - start;
            },
            [target, [content, chart]] as const,
          );
          if (i > 0) samples.push(ms);
          await page.keyboard.press('Control+w');
          await page.waitForSelector(content, { state: 'detached' });
        }
        open[kind] = figures(samples);
      }
    } finally {
      await browser.close();
      await host.stop();
    }
    return {
      cluster: clusterName,
      counts,
      factsCallMs: figures(load),
      factsKB: Math.round(bytes / 1024),
      computeAllMs: figures(compute),
      openViewInChromiumMs: open,
      budgets: { openViewMs: 200 },
    };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
