// The rule table of a plan's reference page: one row per rule the definition holds, with the
// sentence of the plan it encodes, its clause, the codes it reports, error or warning, and the
// fixtures that prove it. A fixture proves a rule when validating it yields an issue it expects
// whose code is one of the rule's codes and whose clause is the rule's clause.
//
// Each kind of rule-bearing data is one entry of RULE_KINDS; a new kind (phase windows, routes,
// legal regimes…) needs one entry. Items of a top-level array the table does not know yet are
// still listed, by their own `code`/`codes`, `quote` and `clause`, so nothing with a clause is lost.

import { awardClauseUnder, legalRegimes } from '../../packages/plans/dist/law.js';

const WARNING_CODES = new Set(['deadline-late', 'target-not-met']);
const TYPE_VI = { collective: 'tập thể', individual: 'cá nhân', household: 'hộ gia đình' };
const OPS = { '>=': '≥', '>': '>', '<=': '≤', '<': '<', '=': '=' };
const vn = (n) => String(n).replace('.', ',');

const bounds = (b) => {
  if (!b) return '';
  if (b.min !== undefined && b.max !== undefined) return b.min === b.max ? `đúng ${b.min}` : `${b.min}–${b.max}`;
  if (b.max !== undefined) return `≤ ${b.max}`;
  return b.min !== undefined ? `≥ ${b.min}` : '';
};

/**
 * An award form's clause as each legal regime would cite it: rules cite the national law in
 * force on the document's date, so a fixture dated 2025 proves the row under another citation.
 */
const awardClauses = (a) => [...new Set(legalRegimes().map((r) => awardClauseUnder(r.id, a.id, a.clause)))];
const unitTypeLabel = (p, id) => p.unitTypes.find((u) => u.id === id)?.label ?? p.units?.find((u) => u.id === id)?.name ?? id;

function targetScope(p, i) {
  const s = i.scope;
  if (s?.targetOf !== 'province') return 'trên số liệu của đơn vị báo cáo / on the reporting unit’s own figure';
  if (!s.provinceReportBy?.length) return 'chỉ tiêu của tỉnh: không kiểm trên báo cáo của đơn vị / the province’s target: not checked on a unit’s report';
  return `chỉ tiêu của tỉnh: chỉ kiểm trên báo cáo của ${s.provinceReportBy.map((x) => unitTypeLabel(p, x)).join('; ')} / the province’s target, checked only on the province’s report`;
}

/** Kinds of rule-bearing data: `items(plan)` lists them, `row(plan, item)` describes one. */
export const RULE_KINDS = [
  {
    kind: 'Nhóm đối tượng / participant group',
    source: 'participantGroups',
    items: (p) => p.participantGroups,
    row: (p, g) => ({ id: g.id, rule: `${g.label}: ${g.nomineeTypes.map((t) => TYPE_VI[t] ?? t).join(', ')}; tiêu chí ${g.criteria.map((c) => c.id).join(', ')}`, quote: g.quote, clause: g.clause, codes: ['group-not-allowed-for-type', 'criterion-not-in-group', 'category-required', 'category-unknown'] }),
  },
  {
    kind: 'Tiêu chí / criterion',
    source: 'participantGroups',
    items: (p) => p.participantGroups.flatMap((g) => g.criteria.map((c) => ({ ...c, group: g }))),
    row: (p, c) => ({ id: c.id, rule: `Tiêu chí của nhóm “${c.group.label}”`, quote: c.quote ?? c.text, clause: c.clause, codes: ['criterion-not-in-group'] }),
  },
  {
    kind: 'Hình thức khen thưởng / award form',
    source: 'awardForms',
    items: (p) => p.awardForms,
    row: (p, a) => ({
      id: a.id,
      rule: `${a.label}: ${a.nomineeTypes.map((t) => TYPE_VI[t] ?? t).join(', ')}${a.minVoteShare !== undefined ? `; Hội đồng ≥ ${vn(a.minVoteShare * 100)} % tổng số thành viên đồng ý` : ''}`,
      quote: a.quote, clause: a.clause, clauses: awardClauses(a),
      codes: ['award-not-allowed-for-type', ...(a.minVoteShare !== undefined ? ['vote-share-too-low'] : [])],
    }),
  },
  {
    kind: 'Đợt / phase',
    source: 'phases',
    items: (p) => p.phases,
    row: (p, ph) => ({ id: ph.id, rule: `${ph.label}: được đề nghị ${ph.awardForms.join(', ') || '(không hình thức nào)'}`, quote: ph.quote, clause: ph.clause, codes: ['award-not-allowed-in-phase'] }),
  },
  {
    kind: 'Số lượng / quota',
    source: 'quotas',
    items: (p) => p.quotas,
    row: (p, q) => ({
      id: q.id,
      rule: `${q.phase}, ${q.appliesTo.unit ? unitTypeLabel(p, q.appliesTo.unit) : unitTypeLabel(p, q.appliesTo.unitType)}${q.awardForms ? ` (${q.awardForms.join(', ')})` : ''}: ${[q.total ? `tổng ${bounds(q.total)}` : '', ...Object.entries(q.byNomineeType ?? {}).map(([t, b]) => `${TYPE_VI[t] ?? t} ${bounds(b)}`)].filter(Boolean).join('; ')}`,
      quote: q.quote, clause: q.clause, codes: ['quota-max', 'quota-min'],
    }),
  },
  {
    kind: 'Ngưỡng / threshold',
    source: 'thresholds',
    items: (p) => p.thresholds,
    row: (p, t) => ({ id: t.id, rule: t.label, quote: t.quote ?? t.anyOf.map((x) => x.text).join('; hoặc '), clause: t.clause, codes: ['threshold-not-met', 'threshold-evidence-missing'] }),
  },
  {
    kind: 'Hạn / deadline',
    source: 'deadlines',
    items: (p) => p.deadlines,
    row: (p, d) => ({
      id: d.id,
      rule: `${d.label}: ${d.before ? 'trước' : 'đến hết'} ${'date' in d.due ? d.due.date.split('-').reverse().join('/') : `${String(d.due.day).padStart(2, '0')}/${String(d.due.month).padStart(2, '0')} hằng năm`}, gửi ${d.to}`,
      quote: d.quote, clause: d.clause, codes: ['deadline-late'],
    }),
  },
  {
    kind: 'Chỉ tiêu / target',
    source: 'indicators',
    items: (p) => p.indicators.filter((i) => i.target?.op),
    row: (p, i) => ({
      id: i.id,
      rule: `${i.label} ${i.target.op === 'between' ? `${vn(i.target.value)}–${vn(i.target.max)}` : `${OPS[i.target.op]} ${vn(i.target.value)}`} ${i.unit}${i.target.year ? ` (từ năm ${i.target.year})` : ''}; ${targetScope(p, i)}`,
      quote: i.target.text, clause: i.clause, codes: ['target-not-met'], at: `/indicators/${i.id}`,
    }),
  },
  {
    kind: 'Số liệu bắt buộc / required figure',
    source: 'indicators',
    items: (p) => p.indicators.filter((i) => i.required),
    row: (p, i) => ({
      id: i.id,
      rule: `${i.label}: bắt buộc ${i.scope?.reportedBy ? `với ${i.scope.reportedBy.map((x) => unitTypeLabel(p, x)).join('; ')}` : 'với mọi đơn vị báo cáo'}`,
      quote: i.quote, clause: i.clause, codes: ['indicator-missing'], at: `/indicators/${i.id}`,
    }),
  },
  {
    kind: 'Báo cáo / reporting',
    source: 'reporting',
    items: (p) => [p.reporting],
    row: (p, r) => ({ id: 'reporting', rule: `Đơn vị báo cáo: ${r.unitTypes.map((x) => unitTypeLabel(p, x)).join('; ')}; gửi ${r.to}; năm báo cáo ${p.movement.from}–${p.movement.to}`, quote: r.quote, clause: r.clause, codes: ['reporter-not-allowed', 'year-out-of-range'] }),
  },
  {
    kind: 'Hồ sơ đề nghị / dossier',
    source: 'dossier',
    items: (p) => [p.dossier],
    row: (p, d) => ({ id: 'dossier', rule: `Đơn vị trình: ${d.submitterUnitTypes.map((x) => unitTypeLabel(p, x)).join('; ')}; nơi nhận ${d.intake.agency}`, quote: d.intake.quote ?? d.quote, clause: d.intake.clause, codes: ['submitter-not-allowed'] }),
  },
  {
    kind: 'Cách đọc / reading',
    source: 'readings',
    items: (p) => p.readings ?? [],
    row: (p, r) => ({ id: '', rule: r.text, quote: r.text, clause: r.clause, codes: [] }),
  },
];

// Arrays of the definition that hold no rule of their own (text, structure, names).
const NOT_RULES = new Set(['unitTypes', 'units', 'milestones', 'tasks', 'participantGroups', 'indicators', 'outline', 'document', 'purposes']);

/** Items of top-level arrays no RULE_KINDS entry reads yet, that carry a clause. */
function otherKinds(p) {
  const known = new Set(RULE_KINDS.map((k) => k.source));
  return Object.entries(p)
    .filter(([key, v]) => Array.isArray(v) && !known.has(key) && !NOT_RULES.has(key) && v.some((x) => x && typeof x === 'object' && x.clause))
    .map(([key]) => ({
      kind: key, source: key,
      items: (plan) => plan[key].filter((x) => x && typeof x === 'object' && x.clause),
      row: (plan, x) => ({ id: x.id ?? '', rule: x.label ?? x.text ?? x.id ?? '', quote: x.quote, clause: x.clause, codes: [x.code, ...(x.codes ?? [])].filter(Boolean) }),
    }));
}

const clauseMatches = (rule, issue) => !!issue && !!rule && (issue === rule || issue.includes(rule) || rule.includes(issue));
/** The issue is this rule's: its code, its clause and, when the rule names one, the place it checks (`at`, a path suffix). */
const proves = (row, i) => row.codes.includes(i.code) && (row.clauses ?? [row.clause]).some((c) => clauseMatches(c, i.clause)) && (!row.at || i.path.endsWith(row.at));

/**
 * The rows of a plan's rule table. `validate(planId, kind, data)` is the real validator: each
 * invalid fixture is run and linked to the rules whose code and clause its expected issues carry.
 */
export function ruleRows(mod, validate) {
  const p = mod.definition;
  const hits = mod.invalid.map((f) => {
    const r = validate(p.id, f.kind, f.data);
    const all = [...r.errors, ...r.warnings];
    return { name: f.name, issues: f.expect.map((e) => all.find((i) => i.path === e.path && i.code === e.code)).filter(Boolean) };
  });
  const rows = [];
  for (const k of [...RULE_KINDS, ...otherKinds(p)]) {
    for (const item of k.items(p)) {
      const row = k.row(p, item);
      const proven = hits.filter((h) => h.issues.some((i) => proves(row, i)));
      const severities = new Set(proven.flatMap((h) => h.issues.filter((i) => proves(row, i)).map((i) => i.severity)));
      const severity = severities.size ? [...severities].sort().join(', ') : row.codes.every((c) => WARNING_CODES.has(c)) ? 'warning' : 'error';
      const { at: _at, ...shown } = row;
      rows.push({ kind: k.kind, ...shown, severity, fixtures: proven.map((h) => h.name) });
    }
  }
  return rows;
}

/** Every `reading` the definition records ("how we read it"), with the clause of the item that holds it. */
export function readings(p) {
  const out = [];
  const walk = (v, clause) => {
    if (Array.isArray(v)) v.forEach((x) => walk(x, clause));
    else if (v && typeof v === 'object') {
      const here = typeof v.clause === 'string' ? v.clause : clause;
      if (typeof v.reading === 'string') out.push({ id: v.id ?? '', reading: v.reading, clause: here });
      for (const [k, x] of Object.entries(v)) if (k !== 'reading') walk(x, here);
    }
  };
  walk(p, undefined);
  // A scope's reading sits one level below its indicator: name the indicator.
  for (const i of p.indicators) if (i.scope?.reading) { const r = out.find((x) => x.reading === i.scope.reading && !x.id); if (r) r.id = i.id; }
  return out;
}
