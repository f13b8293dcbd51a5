import type { PlanDefinition } from '@thidua/core';
import { walkOutline } from './schema/outline.js';

const NFC_OK = (s: string) => s === s.normalize('NFC');

/**
 * Referential checks on a plan definition: every id a rule names exists, ids are unique,
 * text is NFC. A sixth province's author runs this (through the tests) before anything else.
 */
export function checkDefinition(p: PlanDefinition): string[] {
  const problems: string[] = [];
  const need = (ok: boolean, msg: string) => { if (!ok) problems.push(`${p.id}: ${msg}`); };
  const ids = (xs: { id: string }[]) => new Set(xs.map((x) => x.id));
  const dupes = (what: string, xs: string[]) => {
    const seen = new Set<string>();
    for (const x of xs) { need(!seen.has(x), `duplicate ${what} id "${x}"`); seen.add(x); }
  };

  const outlineIds = [...walkOutline(p.outline.sections)].map((e) => e.node.id);
  dupes('outline', outlineIds);
  for (const id of outlineIds) need(/^[a-z][A-Za-z0-9]*$/.test(id), `outline id "${id}" is not ASCII camelCase`);
  const indicators = ids(p.indicators);
  dupes('indicator', p.indicators.map((i) => i.id));
  for (const { node } of walkOutline(p.outline.sections)) {
    for (const i of node.indicators ?? []) need(indicators.has(i), `outline "${node.id}" names unknown indicator "${i}"`);
  }
  const unitTypeIds = new Set(p.unitTypes.map((u) => u.id));
  for (const i of p.indicators) {
    for (const t of i.scope?.reportedBy ?? []) need(unitTypeIds.has(t), `indicator "${i.id}" is reported by unknown unit type "${t}"`);
    for (const t of i.scope?.provinceReportBy ?? []) need(unitTypeIds.has(t) || !!p.units?.some((u) => u.id === t), `indicator "${i.id}" names unknown unit or unit type "${t}" for the province's report`);
    need(!i.scope?.targetOf || !!i.target, `indicator "${i.id}" says whose target it is but has no target`);
  }
  const groups = new Map(p.participantGroups.map((g) => [g.id, g]));
  dupes('group', p.participantGroups.map((g) => g.id));
  // Criteria and categories become one enum across groups: an id reused with another text would be ambiguous.
  for (const [what, items] of [['criterion', p.participantGroups.flatMap((g) => g.criteria)], ['category', p.participantGroups.flatMap((g) => g.categories ?? [])]] as const) {
    const seen = new Map<string, string>();
    for (const it of items as { id: string; text?: string; label?: string }[]) {
      const t = it.text ?? it.label ?? '';
      need(!seen.has(it.id) || seen.get(it.id) === t, `${what} id "${it.id}" is used for two different texts`);
      seen.set(it.id, t);
    }
  }
  dupes('award form', p.awardForms.map((a) => a.id));
  dupes('phase', p.phases.map((x) => x.id));
  dupes('unit type', p.unitTypes.map((x) => x.id));
  dupes('unit', (p.units ?? []).map((x) => x.id));
  dupes('quota', p.quotas.map((x) => x.id));
  dupes('threshold', p.thresholds.map((x) => x.id));
  dupes('deadline', p.deadlines.map((x) => x.id));
  dupes('report period', p.reporting.periods.map((x) => x.id));
  need(/^[a-z0-9]+(-[a-z0-9]+)*$/.test(p.id), `plan id "${p.id}" is not kebab-case`);
  need(/^\d+\.\d+\.\d+$/.test(p.version), `version "${p.version}" is not semver`);
  const awards = ids(p.awardForms);
  const phases = ids(p.phases);
  const unitTypes = ids(p.unitTypes);
  const units = ids(p.units ?? []);
  const periods = ids(p.reporting.periods);
  for (const ph of p.phases) for (const a of ph.awardForms) need(awards.has(a), `phase "${ph.id}" names unknown award "${a}"`);
  for (const u of p.units ?? []) need(unitTypes.has(u.type), `unit "${u.id}" has unknown type "${u.type}"`);
  for (const q of p.quotas) {
    need(phases.has(q.phase), `quota "${q.id}" names unknown phase "${q.phase}"`);
    need(Boolean(q.appliesTo.unit || q.appliesTo.unitType), `quota "${q.id}" applies to nobody`);
    if (q.appliesTo.unit) need(units.has(q.appliesTo.unit), `quota "${q.id}" names unknown unit "${q.appliesTo.unit}"`);
    if (q.appliesTo.unitType) need(unitTypes.has(q.appliesTo.unitType), `quota "${q.id}" names unknown unit type "${q.appliesTo.unitType}"`);
    for (const a of q.awardForms ?? []) need(awards.has(a), `quota "${q.id}" names unknown award "${a}"`);
    need(Boolean(q.total || q.byNomineeType), `quota "${q.id}" sets no bound`);
  }
  for (const t of p.thresholds) {
    const g = groups.get(t.appliesTo.group);
    need(Boolean(g), `threshold "${t.id}" names unknown group "${t.appliesTo.group}"`);
    for (const c of t.appliesTo.categories ?? []) need(Boolean(g?.categories?.some((x) => x.id === c)), `threshold "${t.id}" names unknown category "${c}"`);
    for (const test of t.anyOf) {
      const ind = p.indicators.find((i) => i.id === test.indicator);
      need(Boolean(ind), `threshold "${t.id}" names unknown indicator "${test.indicator}"`);
      need(Boolean(ind?.byYear), `threshold "${t.id}" indicator "${test.indicator}" must be byYear`);
    }
  }
  for (const d of p.deadlines) {
    if (d.appliesTo?.reportPeriod) need(periods.has(d.appliesTo.reportPeriod), `deadline "${d.id}" names unknown period "${d.appliesTo.reportPeriod}"`);
    if (d.appliesTo?.phase) need(phases.has(d.appliesTo.phase), `deadline "${d.id}" names unknown phase "${d.appliesTo.phase}"`);
    if ('date' in d.due) need(/^\d{4}-\d{2}-\d{2}$/.test(d.due.date), `deadline "${d.id}" date is not ISO`);
  }
  for (const r of p.reporting.periods) if (r.phase) need(phases.has(r.phase), `period "${r.id}" names unknown phase "${r.phase}"`);
  for (const u of [...p.reporting.unitTypes, ...p.dossier.submitterUnitTypes]) need(unitTypes.has(u), `unknown unit type "${u}" in reporting/dossier`);
  if (p.dossier.routes) {
    dupes('route', p.dossier.routes.map((r) => r.id));
    const awards = new Set(p.phases.flatMap((ph) => ph.awardForms));
    for (const u of p.dossier.submitterUnitTypes) {
      const level = p.unitTypes.find((t) => t.id === u)?.level;
      if (!level) continue;
      for (const a of awards) need(p.dossier.routes.some((r) => r.from.includes(level) && (!r.awardForms || r.awardForms.includes(a))), `no route for unit type "${u}" (level "${level}") proposing "${a}"`);
    }
  }
  for (const a of p.awardForms) need(a.nomineeTypes.length > 0, `award "${a.id}" allows no nominee type`);
  // Rounds: windows are real ISO date ranges, year spans run forwards, a baseline lies in the movement's reach.
  const ISO = /^\d{4}-\d{2}-\d{2}$/;
  const windowOk = (w: { from: string; to: string } | undefined) => !w || (ISO.test(w.from) && ISO.test(w.to) && w.from <= w.to);
  const spanOk = (s: { from: number; to: number } | undefined) => !s || s.from <= s.to;
  for (const ph of p.phases) need(windowOk(ph.filed) && spanOk(ph.covers), `phase "${ph.id}" has a window or span that is not ISO or runs backwards`);
  for (const r of p.reporting.periods) need(windowOk(r.filed) && spanOk(r.years) && spanOk(r.span), `period "${r.id}" has a window or span that is not ISO or runs backwards`);
  for (const t of p.thresholds) for (const test of t.anyOf) {
    if (test.kind === 'reduction-vs-baseline') need(test.baselineYear <= p.movement.to, `threshold "${t.id}" baseline ${test.baselineYear} is after the movement`);
  }

  // Every string in the definition must already be NFC: it is printed and compared as is.
  const walk = (v: unknown, at: string): void => {
    if (typeof v === 'string') need(NFC_OK(v), `text at ${at} is not NFC`);
    else if (Array.isArray(v)) v.forEach((x, i) => walk(x, `${at}/${i}`));
    else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) walk(x, `${at}/${k}`);
  };
  walk(p, '');
  return problems;
}
