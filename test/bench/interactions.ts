// Bench section `interactions` (BENCH=interactions): what a user waits for on the large workspace,
// in Chromium against the real web host (budget: every p95 < 100 ms). Each interaction is timed in
// the page, from the user's input (the first keydown, input or pointerdown event after arming) to
// the end of the first frame (style, layout, paint) that shows its result (a DOM signal per
// interaction), 20+ times after a warm-up:
// - quick open (Ctrl+P until it lists the workspace's items);
// - the dashboard's "as of" change (the largest cluster: 200 indicator cards with sparklines);
// - opening an editor of each main kind (quick open, the command palette's cluster picker or the
//   Search view, Enter until its first field is focused or, where focus stays in the list, painted);
// - switching between 5 open tabs with Ctrl+Tab;
// - a grid edit round trip (a value typed into the measurement grid + Enter, until the cell shows
//   the saved value the backend sent back);
// - search as you type (each keystroke until the result list answers the typed text).
// A baseline from the same run (Ctrl+B hiding or showing the side bar: no backend, a small render)
// gives each figure as a ratio too, as the machine is shared and its load varies (reported).
// Also the backend's part of them in Node (backendMs: the calls in-process, without worker, HTTP or
// render). The status of all 2,000 indicators stays in the largeWorkspace section (BENCH=large).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { createBackend } from '../../db/backend/backend.ts';
import { generateLarge } from '../../db/generate/large.ts';
import { openWorkspace } from '../../db/sqlite/connection.ts';
import { openApp, openBrowser } from '../e2e/support/browser.ts';
import { startHost } from '../e2e/support/host.ts';

const round = (n: number) => Math.round(n * 10) / 10;
const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
};
const loadAverage = () => fs.readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');

/** What must be on screen (and focused) for an interaction to count as done. */
interface Signal {
  /** Selectors that must each match an element. */
  readonly present?: readonly string[];
  /** Selectors that must each match nothing. */
  readonly absent?: readonly string[];
  /** The focused element must lie inside an element matching this selector. */
  readonly focusWithin?: string;
  /** An input whose value must be this text. */
  readonly value?: { readonly selector: string; readonly equals: string };
  /** Some element matching the selector shows exactly this text. */
  readonly text?: { readonly selector: string; readonly equals: string };
}

/**
 * Arms the page: the next input event starts the clock, which stops at the first animation frame
 * after the signal holds (checked on every DOM change, focus change and frame).
 */
function arm(page: Page, signal: Signal): Promise<void> {
  return page.evaluate((signal) => {
    const w = window as unknown as { __interaction: Promise<number> };
    w.__interaction = new Promise<number>((resolve) => {
      let start: number | null = null;
      let done = false;
      const starts = ['keydown', 'input', 'pointerdown'] as const;
      const onStart = () => {
        if (start === null) start = performance.now();
      };
      const met = () =>
        (signal.present ?? []).every((s) => document.querySelector(s) !== null) &&
        (signal.absent ?? []).every((s) => document.querySelector(s) === null) &&
        (!signal.focusWithin || document.activeElement?.closest(signal.focusWithin) != null) &&
        (!signal.value ||
          document.querySelector<HTMLInputElement>(signal.value.selector)?.value === signal.value.equals) &&
        (!signal.text ||
          [...document.querySelectorAll(signal.text.selector)].some(
            (e) => e.textContent === signal.text!.equals,
          ));
      const finish = (ms: number) => {
        done = true;
        observer.disconnect();
        clearTimeout(timer);
        document.removeEventListener('focusin', check, true);
        for (const type of starts) window.removeEventListener(type, onStart, true);
        resolve(ms);
      };
      const check = () => {
        if (done || start === null || !met()) return;
        const from = start;
        done = true;
        // The frame after the DOM holds the result is the one that shows it: a task posted from
        // its animation-frame callback runs once that frame's style, layout and paint are done.
        requestAnimationFrame(() => {
          const channel = new MessageChannel();
          channel.port1.onmessage = () => finish(performance.now() - from);
          channel.port2.postMessage(null);
        });
      };
      const observer = new MutationObserver(check);
      observer.observe(document.body, {
        subtree: true,
        childList: true,
        attributes: true,
        characterData: true,
      });
      document.addEventListener('focusin', check, true);
      for (const type of starts) window.addEventListener(type, onStart, true);
      const poll = () => {
        if (done) return;
        check();
        requestAnimationFrame(poll);
      };
      requestAnimationFrame(poll);
      const timer = setTimeout(() => finish(Number.NaN), 30_000);
    });
  }, signal);
}

async function timedInteraction(page: Page, signal: Signal, act: () => Promise<void>): Promise<number> {
  await arm(page, signal);
  await act();
  const ms = await page.evaluate(
    () => (window as unknown as { __interaction: Promise<number> }).__interaction,
  );
  if (Number.isNaN(ms)) {
    if (process.env.BENCH_DEBUG) await page.screenshot({ path: process.env.BENCH_DEBUG });
    throw new Error(`interaction never showed its result: ${JSON.stringify(signal)}`);
  }
  return ms;
}

interface Figures {
  readonly n: number;
  readonly p50: number;
  readonly p95: number;
  readonly max: number;
  readonly load: string;
}

/** `warmUp` untimed repetitions, then `n` timed ones; each repetition prepares, acts, cleans up. */
async function repeat(
  n: number,
  warmUp: number,
  once: (i: number) => Promise<number>,
): Promise<Figures & { samples: number[] }> {
  const samples: number[] = [];
  for (let i = 0; i < warmUp + n; i++) {
    const ms = await once(i);
    if (i >= warmUp) samples.push(ms);
  }
  return {
    n,
    p50: round(percentile(samples, 50)),
    p95: round(percentile(samples, 95)),
    max: round(Math.max(...samples)),
    load: loadAverage(),
    samples: samples.map(round),
  };
}

const activePane = '.editor-pane:not([hidden])';

/** Closes every editor tab (untimed): Close All in a tab's context menu. */
async function closeAll(page: Page): Promise<void> {
  const tabs = page.locator('.editor-area > .tabs [role="tab"]');
  if ((await tabs.count()) === 0) return;
  await tabs.first().click({ button: 'right' });
  await page.getByRole('menu').getByRole('menuitem', { name: 'Close All' }).click();
  await tabs.first().waitFor({ state: 'detached' });
}

/** Quick open (Ctrl+P) with `text` typed, waiting for its first row (the Enter is timed). */
async function quickOpen(page: Page, text: string): Promise<void> {
  await page.keyboard.press('Control+P');
  await page.locator('.quick-input input').fill(text);
  await page.locator('.quick-input').getByRole('option').first().waitFor();
}

/** A palette command that asks for a cluster: the picker open with `cluster` first. */
async function commandWithCluster(page: Page, command: string, cluster: string): Promise<void> {
  await page.keyboard.press('Control+Shift+P');
  await page.locator('.quick-input input').fill(`>${command}`);
  await page.locator('.quick-input').getByRole('option').first().waitFor();
  await page.keyboard.press('Enter');
  await page.locator('.quick-input').getByRole('option', { name: cluster, exact: true }).waitFor();
  await page.locator('.quick-input input').fill(cluster);
  await page.locator('.quick-input [role="option"][aria-selected="true"]').waitFor();
}

/** The Search view with `text` answered, its first hit selected (the Enter is timed). */
async function searchFor(page: Page, text: string): Promise<void> {
  await page.keyboard.press('Control+Shift+F');
  const input = page.locator('.search-view input');
  await input.fill(text);
  await page.waitForSelector('.search-view:not([aria-busy]) #search-results [role="option"]');
  await input.focus();
}

async function setUp(dir: string) {
  const file = path.join(dir, 'workspace.clusterpilot');
  const { db } = await openWorkspace(file);
  generateLarge(db);
  db.pragma('wal_checkpoint(TRUNCATE)');
  // The largest cluster: most indicators, then most measurements.
  const cluster = db
    .prepare(
      `select c.id, c.name,
         (select count(*) from indicator i where i.cluster_id = c.id) as indicators,
         (select count(*) from measurement m join indicator i on i.id = m.indicator_id where i.cluster_id = c.id) as measurements
       from cluster c order by indicators desc, measurements desc, c.id limit 1`,
    )
    .get() as { id: number; name: string };
  const strategy = db
    .prepare('select id from strategy where cluster_id = ?')
    .pluck()
    .get(cluster.id) as number;
  const indicator = db
    .prepare('select id, name from indicator where cluster_id = ? order by id limit 1')
    .get(cluster.id) as { id: number; name: string };
  // Opening an indicator is timed on a different one each time: an editor asks its sections' data
  // ahead and keeps those answers a moment (renderer/base/use-call.ts), which a reopening of the same
  // indicator would find.
  const indicators = db
    .prepare('select name from indicator where cluster_id = ? order by id limit 40')
    .pluck()
    .all(cluster.id) as string[];
  const actor = db
    .prepare('select name from actor where cluster_id = ? order by id limit 1')
    .pluck()
    .get(cluster.id) as string;
  const goal = db
    .prepare('select title from goal where strategy_id = ? and parent_id is not null order by id limit 1')
    .pluck()
    .get(strategy) as string;
  const milestone = db
    .prepare('select title from milestone where strategy_id = ? order by id limit 1')
    .pluck()
    .get(strategy) as string;
  db.close();

  // What the generator leaves out: a break-point with a rule, and an evaluation with frozen data.
  const backend = await createBackend({ workspacePath: file, dataDir: dir, log: () => undefined });
  const must = async <T>(name: string, input: unknown): Promise<T> => {
    const r = await backend.call(name as never, input as never);
    if (!r.ok) throw new Error(`${name}: ${JSON.stringify(r.error)}`);
    return r.data as T;
  };
  const breakPoint = 'Schwelle Interaktionen';
  const bp = await must<{ id: number }>('breakPoints.create', {
    strategyId: strategy,
    title: breakPoint,
    kind: 'rule',
    checkDate: '2024-12-31',
    consequence: 'revise_strategy',
  });
  await must('breakPointConditions.create', {
    breakPointId: bp.id,
    node: 'compare',
    indicatorId: indicator.id,
    comparator: 'ge',
    threshold: 150,
  });
  const evaluation = 'Evaluierung Interaktionen';
  const created = await must<{ id: number }>('evaluations.create', {
    clusterId: cluster.id,
    title: evaluation,
    periodStart: '2024-01-01',
    periodEnd: '2024-12-31',
    cutoffDate: '2024-12-31',
  });
  await must('evaluation.freeze', { evaluationId: created.id });

  // The backend's part of the interactions, in Node (in-process: no worker, no HTTP, no render).
  const timed = async (count: number, call: (i: number) => Promise<unknown>) => {
    const samples: number[] = [];
    for (let i = 0; i < count + 3; i++) {
      const start = performance.now();
      await call(i);
      if (i >= 3) samples.push(performance.now() - start);
    }
    return { n: count, p50: round(percentile(samples, 50)), p95: round(percentile(samples, 95)) };
  };
  const backendMs = {
    load: loadAverage(),
    'monitoring.dashboard (as of change)': await timed(20, (i) =>
      must('monitoring.dashboard', {
        clusterId: cluster.id,
        asOf: `${2016 + (i % 10)}-${String((i % 9) + 1).padStart(2, '0')}-15`,
      }),
    ),
    'search.query (each prefix of an indicator name)': await timed(indicator.name.length - 1, (i) =>
      must('search.query', { text: indicator.name.slice(0, i + 1).trim() || 'I', limit: 100 }),
    ),
    'measurements.ofCluster (one indicator)': await timed(20, () =>
      must('measurements.ofCluster', { clusterId: cluster.id, indicatorId: indicator.id }),
    ),
    'measurements.save (one value)': await timed(20, (i) =>
      must('measurements.save', {
        clusterId: cluster.id,
        changes: [{ indicatorId: indicator.id, date: '2016-01-31', value: 100 + i }],
      }),
    ),
  };
  backend.close();
  return {
    names: {
      cluster: cluster.name,
      indicator: indicator.name,
      indicators,
      actor,
      goal,
      milestone,
      breakPoint,
      evaluation,
    },
    backendMs,
  };
}

/** `repetitions` timed runs of each interaction (BENCH_REPETITIONS; at least 20 for the figures). */
export async function interactionsBench(repetitions = Number(process.env.BENCH_REPETITIONS ?? 20)) {
  const n = repetitions;
  const warmUp = Math.min(3, n);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'clusterpilot-bench-interactions-'));
  const loadAtStart = loadAverage();
  try {
    const { names, backendMs } = await setUp(dir);
    const host = await startHost(dir);
    const browser = await openBrowser();
    const page = browser.page;
    try {
      await openApp(page, host.url);
      const figures: Record<string, unknown> = {};

      // The baseline: Ctrl+B hides or shows the side bar (no backend, a small render).
      figures.baselineToggleSideBar = await repeat(n, warmUp, async (i) =>
        timedInteraction(
          page,
          i % 2 === 0 ? { absent: ['aside.sidebar'] } : { present: ['aside.sidebar'] },
          () => page.keyboard.press('Control+B'),
        ),
      );
      if ((warmUp + n) % 2 === 1) await page.keyboard.press('Control+B');
      await page.waitForSelector('aside.sidebar');
      // Ctrl+P until quick open has focus and lists its items (every item of the workspace).
      figures.quickOpen = await repeat(n, warmUp, async () => {
        const ms = await timedInteraction(
          page,
          { focusWithin: '.quick-input', present: ['.quick-input [role="option"]'] },
          () => page.keyboard.press('Control+P'),
        );
        await page.keyboard.press('Escape');
        await page.waitForSelector('.quick-input', { state: 'detached' });
        return ms;
      });

      // The dashboard's "as of" date changed (the field filled as a paste or picker does), until
      // the 200th card shows its sparkline for that date.
      await commandWithCluster(page, 'Open Dashboard', names.cluster);
      await page.keyboard.press('Enter');
      await page.waitForSelector(`${activePane} .indicator-card:nth-child(200) svg.sparkline`);
      const asOf = page.getByLabel('As of', { exact: true });
      figures.dashboardAsOfChange = await repeat(n, warmUp, async (i) => {
        const date = `${2016 + (i % 10)}-${String(1 + ((i * 5) % 12)).padStart(2, '0')}-15`;
        return timedInteraction(
          page,
          { present: [`.dashboard[data-as-of="${date}"] .indicator-card:nth-child(200) svg.sparkline`] },
          () => asOf.fill(date),
        );
      });
      await closeAll(page);

      // Opening editors. Each: prepared untimed, the last key timed, then closed again.
      const open = (
        prepare: (i: number) => Promise<void>,
        signal: Signal,
        after: () => Promise<void> = () => closeAll(page),
      ) =>
        repeat(n, warmUp, async (i) => {
          await prepare(i);
          const ms = await timedInteraction(page, signal, () => page.keyboard.press('Enter'));
          await after();
          return ms;
        });
      const focused = { focusWithin: activePane };
      const opened: Record<string, unknown> = {};
      opened.cluster = await open(() => quickOpen(page, names.cluster), focused);
      opened.goal = await open(() => quickOpen(page, names.goal), focused);
      opened.indicatorWithChart = await open(
        (i) => quickOpen(page, names.indicators[i % names.indicators.length]!),
        {
          ...focused,
          present: [`${activePane} .indicator-chart svg`],
        },
      );
      opened.breakPoint = await open(() => quickOpen(page, names.breakPoint), focused);
      opened.milestone = await open(() => quickOpen(page, names.milestone), focused);
      opened.dashboard = await open(() => commandWithCluster(page, 'Open Dashboard', names.cluster), {
        ...focused,
        present: [`${activePane} .dashboard[data-as-of] .indicator-card:nth-child(200) svg.sparkline`],
      });
      opened.measurementsGrid = await open(
        () => commandWithCluster(page, 'Open All Measurements', names.cluster),
        { ...focused, present: [`${activePane} [role="grid"] [role="gridcell"]`] },
      );
      opened.budget = await open(() => commandWithCluster(page, 'Open Budget', names.cluster), {
        ...focused,
        present: [`${activePane} .budget-editor[data-ready] [role="gridcell"]`],
      });
      // From the Search view focus stays in its results (to open the next): painted, not focused.
      const painted = (selector: string) => ({ present: [`${activePane} ${selector}`] });
      opened.actor = await open(() => searchFor(page, names.actor), painted('.actor-editor input'));
      opened.evaluation = await open(
        () => searchFor(page, names.evaluation),
        painted('.editor-form input'),
        async () => {},
      );
      // The report of that evaluation: the palette's command, its editor active.
      opened.report = await open(
        async () => {
          await page.locator(`${activePane} .editor-form input`).first().click();
          await page.keyboard.press('Control+Shift+P');
          await page.locator('.quick-input input').fill('>Open Report');
          await page.locator('.quick-input').getByRole('option').first().waitFor();
        },
        { ...focused, present: [`${activePane} .report-editor`] },
        async () => {
          await page.keyboard.press('Control+W');
          await page.locator('.editor-area > .tabs [role="tab"]').nth(1).waitFor({ state: 'detached' });
        },
      );
      await closeAll(page);
      figures.openEditor = opened;

      // Switching between 5 open tabs with Ctrl+Tab.
      await page.keyboard.press('Control+Shift+E');
      for (const name of [names.cluster, names.goal, names.indicator, names.milestone]) {
        await quickOpen(page, name);
        await page.keyboard.press('Enter');
        await page.waitForFunction(() => document.activeElement?.closest('.editor-pane:not([hidden])'));
      }
      await commandWithCluster(page, 'Open Dashboard', names.cluster);
      await page.keyboard.press('Enter');
      await page.waitForSelector(`${activePane} .indicator-card:nth-child(200) svg.sparkline`);
      figures.switchTab = await repeat(n, warmUp, async () => {
        const current = await page.locator(activePane).getAttribute('id');
        const ms = await timedInteraction(
          page,
          { present: [`.editor-pane:not([hidden]):not([id="${current}"]) *`] },
          () => page.keyboard.press('Control+Tab'),
        );
        return ms;
      });
      await closeAll(page);

      // A grid edit round trip: the first value of one indicator's grid, typed + Enter, until the
      // cell shows the value the backend saved (formatted with grouping, unlike the typed text).
      await quickOpen(page, names.indicator);
      await page.keyboard.press('Enter');
      await page.getByRole('button', { name: /^Open in grid/ }).click();
      const grid = page.locator(`${activePane} [role="grid"]`);
      await grid.locator('[role="gridcell"]').first().waitFor();
      figures.gridEditRoundTrip = await repeat(n, warmUp, async (i) => {
        await grid.focus();
        await page.keyboard.press('Control+Home');
        await page.keyboard.press('ArrowRight');
        const value = 1000 + i;
        await page.keyboard.type(`${value}.5`);
        const shown = `${value.toLocaleString('en-US')}.5`;
        return timedInteraction(
          page,
          { text: { selector: `${activePane} [role="gridcell"][aria-colindex="2"]`, equals: shown } },
          () => page.keyboard.press('Enter'),
        );
      });
      await closeAll(page);

      // Search as you type: each keystroke until the list answers the text typed so far.
      await page.keyboard.press('Control+Shift+F');
      const search = page.locator('.search-view input');
      const words = [names.indicator, names.actor, names.milestone, 'Teilziel 2.3'];
      const keystrokes: number[] = [];
      for (let round = 0; keystrokes.length < warmUp + n; round++) {
        const word = words[round % words.length]!;
        await search.fill('');
        await search.focus();
        for (let c = 1; c <= word.length; c++) {
          const typed = word.slice(0, c);
          if (typed.trim() === '') continue;
          keystrokes.push(
            await timedInteraction(
              page,
              {
                value: { selector: '.search-view input', equals: typed },
                present: ['.search-view:not([aria-busy]) #search-results [role="option"]'],
              },
              () => page.keyboard.type(word[c - 1]!),
            ),
          );
        }
      }
      const timedKeys = keystrokes.slice(warmUp);
      figures.searchAsYouType = {
        n: timedKeys.length,
        p50: round(percentile(timedKeys, 50)),
        p95: round(percentile(timedKeys, 95)),
        max: round(Math.max(...timedKeys)),
        load: loadAverage(),
      };

      const base = (figures.baselineToggleSideBar as Figures).p50;
      const ratios: Record<string, number> = {};
      const collect = (prefix: string, f: Record<string, unknown>) => {
        for (const [key, value] of Object.entries(f)) {
          if (value && typeof value === 'object' && 'p50' in value)
            ratios[`${prefix}${key}`] = round((value as Figures).p50 / base);
          else if (value && typeof value === 'object')
            collect(`${prefix}${key}.`, value as Record<string, unknown>);
        }
      };
      collect('', figures);
      return {
        // The indicators opened in turn, as their first and last name.
        names: {
          ...names,
          indicators: `${names.indicators[0]} … ${names.indicators.at(-1)} (${names.indicators.length})`,
        },
        loadAtStart,
        loadAtEnd: loadAverage(),
        ...figures,
        p50VsBaseline: ratios,
        backendMs,
        budgetP95Ms: 100,
      };
    } finally {
      await browser.close();
      await host.stop();
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
