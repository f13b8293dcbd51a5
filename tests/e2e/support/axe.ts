// axe-core inside the page (injected as a script file from 'self', so the page's CSP stays
// on), limited to WCAG 2.1 A and AA, and its violations printed so a failure says what and where.
import type { Page } from 'playwright-core';

export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

export interface AxeNode {
  target: unknown[];
  html: string;
  failureSummary?: string;
}
export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  helpUrl: string;
  nodes: AxeNode[];
}
export interface AxeSummary {
  violations: AxeViolation[];
  passes: number;
  incomplete: number;
}

export async function runAxe(page: Page): Promise<AxeSummary> {
  const loaded = await page.evaluate(() => typeof (window as unknown as { axe?: unknown }).axe === 'object');
  if (!loaded) await page.addScriptTag({ url: '/e2e/axe.js' });
  return page.evaluate(async (tags) => {
    const axe = (window as unknown as { axe: { run: (ctx: unknown, opts: unknown) => Promise<{ violations: AxeViolation[]; passes: unknown[]; incomplete: unknown[] }> } }).axe;
    // The whole document: axe walks into open shadow roots by itself.
    const r = await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
    return {
      violations: r.violations.map((v) => ({
        id: v.id,
        impact: v.impact,
        help: v.help,
        helpUrl: v.helpUrl,
        nodes: v.nodes.map((n) => ({ target: n.target, html: n.html.slice(0, 300), failureSummary: n.failureSummary })),
      })),
      passes: r.passes.length,
      incomplete: r.incomplete.length,
    };
  }, WCAG_TAGS);
}

/** One readable block per violation: rule, impact, help, and each node (shadow path › selector). */
export function formatViolations(label: string, violations: AxeViolation[]): string {
  if (!violations.length) return '';
  const lines = [`${label}: ${violations.length} axe violation(s)`];
  for (const v of violations) {
    lines.push(`  ● ${v.id} [${v.impact ?? 'n/a'}] ${v.help}  (${v.helpUrl})`);
    for (const n of v.nodes.slice(0, 8)) {
      const where = n.target.map((t) => (Array.isArray(t) ? t.join(' ›› ') : String(t))).join(' , ');
      lines.push(`      at ${where}`);
      lines.push(`         ${n.html.replace(/\s+/g, ' ')}`);
      if (n.failureSummary) lines.push(...n.failureSummary.split('\n').map((l) => `         ${l.trim()}`));
    }
    if (v.nodes.length > 8) lines.push(`      … and ${v.nodes.length - 8} more node(s)`);
  }
  return lines.join('\n');
}
