// Runs axe-core on the page as it stands and fails with a readable list of what it found: the
// WCAG 2.0, 2.1 and 2.2 success criteria of levels A and AA. axe is injected through the DevTools
// protocol (page.evaluate), so the app's Content Security Policy, which refuses inline scripts,
// neither blocks it nor reports it.
import axe from 'axe-core';
import type { Page } from 'playwright-core';

export const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** One rule not counted inside one part of the page, with the reason (see its use). */
export interface KnownException {
  readonly rule: string;
  /** A CSS selector: nodes inside it (or matching it) are not counted for `rule`. */
  readonly within: string;
  readonly reason: string;
}

interface Finding {
  readonly id: string;
  readonly impact: string | null;
  readonly help: string;
  readonly nodes: { target: string; summary: string; html: string }[];
}

interface AxeRun {
  readonly engine: string;
  readonly rulesRun: number;
  readonly violations: Finding[];
}

/** Runs axe on `page` and returns what it found, less the known exceptions. */
export async function findViolations(
  page: Page,
  exceptions: readonly KnownException[] = [],
): Promise<AxeRun> {
  const loaded = await page.evaluate('typeof window.axe === "object"');
  if (!loaded) await page.evaluate(axe.source);
  return page.evaluate(
    async ({ tags, exceptions }) => {
      const engine = (window as unknown as { axe?: typeof axe }).axe;
      if (!engine) throw new Error('axe-core did not load into the page');
      const result = await engine.run(document, {
        runOnly: { type: 'tag', values: tags },
        resultTypes: ['violations'],
        elementRef: true,
      });
      const excepted = (rule: string, element: Element | undefined) =>
        exceptions.some((e) => e.rule === rule && element?.closest(e.within) != null);
      const violations = result.violations
        .map((violation) => ({
          id: violation.id,
          impact: violation.impact ?? null,
          help: violation.help,
          nodes: violation.nodes
            .filter((node) => !excepted(violation.id, node.element))
            .map((node) => ({
              target: node.target.map(String).join(' > '),
              summary: (node.failureSummary ?? '').replace(/\s+/g, ' ').trim(),
              html: node.html.slice(0, 160),
            })),
        }))
        .filter((violation) => violation.nodes.length > 0);
      // A run counts only when axe really checked rules: rules that passed or failed somewhere.
      const rulesRun = result.passes.length + result.violations.length;
      return { engine: result.testEngine.name, rulesRun, violations };
    },
    { tags: wcagTags, exceptions: [...exceptions] },
  );
}

/** The findings as lines a reader can act on: rule, impact, where, and why. */
export function describeViolations(label: string, violations: readonly Finding[]): string {
  const lines = [`${label}: ${violations.length} axe rule(s) violated`];
  for (const v of violations) {
    lines.push(`- ${v.id} (${v.impact ?? 'no impact'}): ${v.help} — ${v.nodes.length} node(s)`);
    for (const node of v.nodes.slice(0, 8)) {
      lines.push(`    ${node.target}`);
      lines.push(`      ${node.summary.slice(0, 300)}`);
      lines.push(`      ${node.html}`);
    }
    if (v.nodes.length > 8) lines.push(`    … and ${v.nodes.length - 8} more`);
  }
  return lines.join('\n');
}

/**
 * Fails when axe finds a WCAG A/AA violation on the page, and when axe did not run at all (no
 * engine, no rules checked): an empty list proves nothing unless axe looked.
 */
export async function expectNoViolations(
  page: Page,
  label: string,
  exceptions: readonly KnownException[] = [],
): Promise<void> {
  const run = await findViolations(page, exceptions);
  if (run.engine !== 'axe-core' || run.rulesRun === 0)
    throw new Error(`${label}: axe did not run (engine ${run.engine}, ${run.rulesRun} rules)`);
  if (run.violations.length > 0) throw new Error(describeViolations(label, run.violations));
}
