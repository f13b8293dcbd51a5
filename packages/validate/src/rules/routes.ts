import type { Addressee, Route, UnitLevel } from '@thidua/core';
import type { RuleModule } from './rule.js';
import type { Rule, RuleContext } from './context.js';
import { userText } from '../user-text.js';
import { arr, inLang, lbl, obj, str } from './context.js';
import { reportRecipientsFor } from './report-recipients.js';

// "Ủy ban" and "Uỷ ban" are both in use, and writers vary the dashes and "&" in agency names:
// compare names without punctuation, in lower case, with the tone mark on the same letter.
// Vietnamese has no language-specific case mapping (Unicode's SpecialCasing has rules for
// Turkish, Azeri and Lithuanian only), so toLowerCase() is its lower case, without the cost
// of a locale lookup on every call.
const fold = (s: string): string =>
  s.normalize('NFC').toLowerCase().replace(/uỷ/g, 'ủy').replace(/[-\u2010-\u2015&,.;:()/]/g, ' ').replace(/\s+/g, ' ').trim();

// Folded once per addressee: the plan's data never changes, and each "Kính gửi" line is matched against every name.
const folded = new WeakMap<Addressee, string[]>();
const names = (a: Addressee): string[] => {
  let n = folded.get(a);
  if (!n) folded.set(a, (n = [a.name, ...(a.aliases ?? [])].map(fold)));
  return n;
};

/** Whether a "Kính gửi" line names one of the addressees. */
const addresses = (line: string, to: Addressee[]): boolean => {
  const l = fold(line);
  return to.some((a) => names(a).some((n) => l.includes(n)));
};

/** Addressees as a phrase: any one of them for a dossier, all of them for a report. */
const listed = (ctx: RuleContext, to: Addressee[], all: boolean): string =>
  to.map((a) => a.name).join(` ${all ? ctx.terms.and : ctx.terms.or} `);
const quoted = (lines: string[]): string => lines.map((l) => userText(l, 200)).join('; ');

/** The first route for the submitter's level and the dossier's award form. */
function routeFor(ctx: RuleContext, level: UnitLevel, award: string | undefined): Route | undefined {
  return ctx.plan.dossier.routes?.find((r) => r.from.includes(level) && (!r.awardForms || (award !== undefined && r.awardForms.includes(award))));
}

function checkDossier(ctx: RuleContext): void {
  const { plan, data } = ctx;
  const unitTypeId = str(obj(data['header'])['unitType']);
  const unitType = plan.unitTypes.find((u) => u.id === unitTypeId);
  if (!unitType) return;
  const awardId = str(data['awardForm']);
  const route = routeFor(ctx, unitType.level, awardId);
  if (!route) return;
  const award = lbl(ctx, plan.awardForms.find((a) => a.id === awardId), awardId ?? '');
  const text = inLang(ctx, route.text, route.textEn);
  if (route.to.length === 0) {
    ctx.report({ path: '/awardForm', code: 'route-not-allowed', params: { unitType: lbl(ctx, unitType), award, route: text }, clause: route.clause });
    return;
  }
  const lines = arr(obj(data['coverLetter'])['to']).filter((l): l is string => typeof l === 'string' && l.trim() !== '');
  // An empty "Kính gửi" is the schema's to report.
  if (lines.length === 0 || lines.some((l) => addresses(l, route.to))) return;
  ctx.report({
    path: '/coverLetter/to',
    code: 'route-wrong-addressee',
    params: { unitType: lbl(ctx, unitType), award, expected: listed(ctx, route.to, false), actual: quoted(lines), route: text },
    clause: route.clause,
  });
}

function checkReport(ctx: RuleContext): void {
  const { recipients, clause } = reportRecipientsFor(ctx.plan, str(obj(ctx.data['header'])['unitType']));
  const lines = arr(ctx.data['to']).filter((l): l is string => typeof l === 'string' && l.trim() !== '');
  if (recipients.length === 0 || lines.length === 0 || lines.some((l) => addresses(l, recipients))) return;
  ctx.report({
    path: '/to',
    code: 'report-wrong-recipient',
    params: { expected: listed(ctx, recipients, true), actual: quoted(lines) },
    clause,
    severity: 'warning',
  });
}

/**
 * Dossiers go to the level the plan or national law names for the submitter's level and the
 * award form (an error otherwise); reports go to a recipient the plan names (a warning otherwise).
 */
const check: Rule = (ctx) => (ctx.kind === 'report' ? checkReport(ctx) : checkDossier(ctx));

export const routeRule: RuleModule = {
  name: 'routes',
  kinds: ['report', 'nomination'],
  codes: ['route-not-allowed', 'route-wrong-addressee', 'report-wrong-recipient'],
  check,
};
