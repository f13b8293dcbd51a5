// Referential checks on a plan definition, independent of any schema: every id a rule names
// exists, ids are unique and well formed, dates and spans run forwards, every level that submits
// has a route. Pointers are into the definition ("/quotas/0/phase").
import type { PlanDefinition } from '@thidua/core';
import { walkOutline } from '../schema/outline.js';
import type { PlanIssueCode } from './issue.js';

/** An issue of the definition before it is placed in the loaded plan (checkPlan adds "/definition"). */
export interface DefinitionIssue {
  code: PlanIssueCode;
  severity: 'error' | 'warning';
  pointer: string;
  message: string;
  messageEn: string;
}

const ISO = /^\d{4}-\d{2}-\d{2}$/;

/** Every referential problem of a definition, in the order the checks run. */
export function checkReferences(p: PlanDefinition): DefinitionIssue[] {
  const out: DefinitionIssue[] = [];
  const need = (ok: boolean, code: PlanIssueCode, pointer: string, vi: string, en: string) => {
    if (!ok) out.push({ code, severity: 'error', pointer, message: vi, messageEn: en });
  };
  // An id said twice: the second one is at fault.
  const dupes = (what: string, whatVi: string, list: string, ids: string[], at: (i: number) => string = (i) => `/${list}/${i}/id`) => {
    const seen = new Set<string>();
    ids.forEach((x, i) => {
      need(!seen.has(x), 'duplicate-id', at(i), `Mã ${whatVi} “${x}” bị trùng. Hãy đặt cho mỗi ${whatVi} một mã riêng.`, `duplicate ${what} id "${x}"`);
      seen.add(x);
    });
  };
  const unknown = (ok: boolean, pointer: string, subjectVi: string, thingVi: string, id: string, listVi: string, en: string) =>
    need(ok, 'unknown-reference', pointer, `${subjectVi} nêu ${thingVi} “${id}” không có trong ${listVi}. Hãy khai báo “${id}” ở ${listVi} hoặc sửa mã cho đúng.`, en);

  // ---- outline and indicators ----
  const outline = [...walkOutline(p.outline.sections)];
  const outlinePointer = new Map<object, string>();
  const place = (nodes: readonly object[], at: string) => nodes.forEach((n, i) => {
    outlinePointer.set(n, `${at}/${i}`);
    const kids = (n as { children?: object[] }).children;
    if (kids) place(kids, `${at}/${i}/children`);
  });
  place(p.outline.sections, '/outline/sections');
  const nodeAt = (n: object) => outlinePointer.get(n)!;
  dupes('outline', 'mục đề cương', 'outline', outline.map((e) => e.node.id), (i) => `${nodeAt(outline[i]!.node)}/id`);
  for (const { node } of outline) {
    need(/^[a-z][A-Za-z0-9]*$/.test(node.id), 'id-format', `${nodeAt(node)}/id`,
      `Mã mục đề cương “${node.id}” phải viết liền kiểu camelCase bằng chữ Latinh không dấu (ví dụ “ketQuaDatDuoc”).`, `outline id "${node.id}" is not ASCII camelCase`);
  }
  const indicators = new Set(p.indicators.map((i) => i.id));
  dupes('indicator', 'chỉ tiêu', 'indicators', p.indicators.map((i) => i.id));
  for (const { node } of outline) {
    (node.indicators ?? []).forEach((i, k) => unknown(indicators.has(i), `${nodeAt(node)}/indicators/${k}`, `Mục đề cương “${node.id}”`, 'chỉ tiêu', i, 'indicators', `outline "${node.id}" names unknown indicator "${i}"`));
  }
  const unitTypeIds = new Set(p.unitTypes.map((u) => u.id));
  const unitIds = new Set((p.units ?? []).map((u) => u.id));
  p.indicators.forEach((ind, n) => {
    const at = `/indicators/${n}`;
    (ind.scope?.reportedBy ?? []).forEach((t, k) => unknown(unitTypeIds.has(t), `${at}/scope/reportedBy/${k}`, `Chỉ tiêu “${ind.id}”`, 'loại đơn vị báo cáo', t, 'unitTypes', `indicator "${ind.id}" is reported by unknown unit type "${t}"`));
    (ind.scope?.provinceReportBy ?? []).forEach((t, k) => unknown(unitTypeIds.has(t) || unitIds.has(t), `${at}/scope/provinceReportBy/${k}`, `Chỉ tiêu “${ind.id}”`, 'đơn vị hay loại đơn vị', t, 'unitTypes hay units', `indicator "${ind.id}" names unknown unit or unit type "${t}" for the province's report`));
    need(!ind.scope?.targetOf || !!ind.target, 'target-missing', `${at}/scope/targetOf`,
      `Chỉ tiêu “${ind.id}” nói chỉ tiêu là của ai (targetOf) nhưng không có target. Hãy thêm target hoặc bỏ targetOf.`, `indicator "${ind.id}" says whose target it is but has no target`);
  });

  // ---- groups, criteria, categories ----
  const groups = new Map(p.participantGroups.map((g) => [g.id, g]));
  dupes('group', 'nhóm đối tượng', 'participantGroups', p.participantGroups.map((g) => g.id));
  // Criteria and categories become one enum across groups: an id reused with another text would be ambiguous.
  for (const [what, whatVi, key] of [['criterion', 'tiêu chí', 'criteria'], ['category', 'phân loại', 'categories']] as const) {
    const seen = new Map<string, string>();
    p.participantGroups.forEach((g, gi) => ((g[key] ?? []) as { id: string; text?: string; label?: string }[]).forEach((it, k) => {
      const t = it.text ?? it.label ?? '';
      need(!seen.has(it.id) || seen.get(it.id) === t, 'ambiguous-id', `/participantGroups/${gi}/${key}/${k}/id`,
        `Mã ${whatVi} “${it.id}” được dùng cho hai nội dung khác nhau. Mã ${whatVi} phải duy nhất trong cả kế hoạch: hãy đặt mã khác.`, `${what} id "${it.id}" is used for two different texts`);
      seen.set(it.id, t);
    }));
  }
  dupes('award form', 'hình thức khen thưởng', 'awardForms', p.awardForms.map((a) => a.id));
  dupes('phase', 'đợt khen thưởng', 'phases', p.phases.map((x) => x.id));
  dupes('unit type', 'loại đơn vị', 'unitTypes', p.unitTypes.map((x) => x.id));
  dupes('unit', 'đơn vị', 'units', (p.units ?? []).map((x) => x.id));
  dupes('quota', 'hạn mức', 'quotas', p.quotas.map((x) => x.id));
  dupes('threshold', 'ngưỡng', 'thresholds', p.thresholds.map((x) => x.id));
  dupes('deadline', 'thời hạn', 'deadlines', p.deadlines.map((x) => x.id));
  dupes('report period', 'kỳ báo cáo', 'reporting/periods', p.reporting.periods.map((x) => x.id));
  need(/^[a-z0-9]+(-[a-z0-9]+)*$/.test(p.id), 'id-format', '/id', `Mã kế hoạch “${p.id}” phải viết thường, không dấu, các từ nối bằng gạch ngang (ví dụ “quang-nam-2021-2025”).`, `plan id "${p.id}" is not kebab-case`);
  need(/^\d+\.\d+\.\d+$/.test(p.version), 'version-format', '/version', `Phiên bản “${p.version}” phải có dạng số.số.số (ví dụ “1.0.0”).`, `version "${p.version}" is not semver`);

  // ---- what rules name ----
  const awards = new Set(p.awardForms.map((a) => a.id));
  const phases = new Set(p.phases.map((x) => x.id));
  const periods = new Set(p.reporting.periods.map((x) => x.id));
  p.phases.forEach((ph, n) => ph.awardForms.forEach((a, k) => unknown(awards.has(a), `/phases/${n}/awardForms/${k}`, `Đợt khen thưởng “${ph.id}”`, 'hình thức khen thưởng', a, 'awardForms', `phase "${ph.id}" names unknown award "${a}"`)));
  (p.units ?? []).forEach((u, n) => unknown(unitTypeIds.has(u.type), `/units/${n}/type`, `Đơn vị “${u.id}”`, 'loại đơn vị', u.type, 'unitTypes', `unit "${u.id}" has unknown type "${u.type}"`));
  p.quotas.forEach((q, n) => {
    const at = `/quotas/${n}`;
    unknown(phases.has(q.phase), `${at}/phase`, `Hạn mức “${q.id}”`, 'đợt khen thưởng', q.phase, 'phases', `quota "${q.id}" names unknown phase "${q.phase}"`);
    need(Boolean(q.appliesTo.unit || q.appliesTo.unitType), 'quota-applies-to-nobody', `${at}/appliesTo`, `Hạn mức “${q.id}” không áp dụng cho ai: hãy ghi appliesTo.unit hoặc appliesTo.unitType.`, `quota "${q.id}" applies to nobody`);
    if (q.appliesTo.unit) unknown(unitIds.has(q.appliesTo.unit), `${at}/appliesTo/unit`, `Hạn mức “${q.id}”`, 'đơn vị', q.appliesTo.unit, 'units', `quota "${q.id}" names unknown unit "${q.appliesTo.unit}"`);
    if (q.appliesTo.unitType) unknown(unitTypeIds.has(q.appliesTo.unitType), `${at}/appliesTo/unitType`, `Hạn mức “${q.id}”`, 'loại đơn vị', q.appliesTo.unitType, 'unitTypes', `quota "${q.id}" names unknown unit type "${q.appliesTo.unitType}"`);
    (q.awardForms ?? []).forEach((a, k) => unknown(awards.has(a), `${at}/awardForms/${k}`, `Hạn mức “${q.id}”`, 'hình thức khen thưởng', a, 'awardForms', `quota "${q.id}" names unknown award "${a}"`));
    need(Boolean(q.total || q.byNomineeType), 'quota-without-bound', at, `Hạn mức “${q.id}” không đặt giới hạn nào: hãy ghi total hoặc byNomineeType.`, `quota "${q.id}" sets no bound`);
  });
  p.thresholds.forEach((t, n) => {
    const at = `/thresholds/${n}`;
    const g = groups.get(t.appliesTo.group);
    unknown(Boolean(g), `${at}/appliesTo/group`, `Ngưỡng “${t.id}”`, 'nhóm đối tượng', t.appliesTo.group, 'participantGroups', `threshold "${t.id}" names unknown group "${t.appliesTo.group}"`);
    (t.appliesTo.categories ?? []).forEach((c, k) => unknown(Boolean(g?.categories?.some((x) => x.id === c)), `${at}/appliesTo/categories/${k}`, `Ngưỡng “${t.id}”`, 'phân loại', c, `các phân loại của nhóm “${t.appliesTo.group}”`, `threshold "${t.id}" names unknown category "${c}"`));
    t.anyOf.forEach((test, k) => {
      const ind = p.indicators.find((i) => i.id === test.indicator);
      unknown(Boolean(ind), `${at}/anyOf/${k}/indicator`, `Ngưỡng “${t.id}”`, 'chỉ tiêu', test.indicator, 'indicators', `threshold "${t.id}" names unknown indicator "${test.indicator}"`);
      if (ind) need(Boolean(ind.byYear), 'indicator-not-by-year', `${at}/anyOf/${k}/indicator`, `Ngưỡng “${t.id}” xét chỉ tiêu “${test.indicator}” theo từng năm: hãy ghi byYear: true cho chỉ tiêu đó.`, `threshold "${t.id}" indicator "${test.indicator}" must be byYear`);
      if (test.kind === 'reduction-vs-baseline') need(test.baselineYear <= p.movement.to, 'baseline-after-movement', `${at}/anyOf/${k}/baselineYear`, `Ngưỡng “${t.id}” lấy năm gốc ${test.baselineYear}, sau khi phong trào kết thúc (${p.movement.to}). Hãy sửa năm gốc.`, `threshold "${t.id}" baseline ${test.baselineYear} is after the movement`);
    });
  });
  p.deadlines.forEach((d, n) => {
    const at = `/deadlines/${n}`;
    if (d.appliesTo?.reportPeriod) unknown(periods.has(d.appliesTo.reportPeriod), `${at}/appliesTo/reportPeriod`, `Thời hạn “${d.id}”`, 'kỳ báo cáo', d.appliesTo.reportPeriod, 'reporting.periods', `deadline "${d.id}" names unknown period "${d.appliesTo.reportPeriod}"`);
    if (d.appliesTo?.phase) unknown(phases.has(d.appliesTo.phase), `${at}/appliesTo/phase`, `Thời hạn “${d.id}”`, 'đợt khen thưởng', d.appliesTo.phase, 'phases', `deadline "${d.id}" names unknown phase "${d.appliesTo.phase}"`);
    if ('date' in d.due) need(ISO.test(d.due.date), 'date-format', `${at}/due/date`, `Ngày của thời hạn “${d.id}” phải viết YYYY-MM-DD (ví dụ 2023-06-20).`, `deadline "${d.id}" date is not ISO`);
  });
  p.reporting.periods.forEach((r, n) => {
    if (r.phase) unknown(phases.has(r.phase), `/reporting/periods/${n}/phase`, `Kỳ báo cáo “${r.id}”`, 'đợt khen thưởng', r.phase, 'phases', `period "${r.id}" names unknown phase "${r.phase}"`);
  });
  const unitTypeLists: [string, string[]][] = [['/reporting/unitTypes', p.reporting.unitTypes], ['/dossier/submitterUnitTypes', p.dossier.submitterUnitTypes]];
  for (const [at, list] of unitTypeLists) list.forEach((u, k) => unknown(unitTypeIds.has(u), `${at}/${k}`, at.startsWith('/reporting') ? 'Phần báo cáo' : 'Phần hồ sơ', 'loại đơn vị', u, 'unitTypes', `unknown unit type "${u}" in reporting/dossier`));
  if (p.dossier.routes) {
    dupes('route', 'tuyến trình', 'dossier/routes', p.dossier.routes.map((r) => r.id));
    const proposed = new Set(p.phases.flatMap((ph) => ph.awardForms));
    p.dossier.submitterUnitTypes.forEach((u, k) => {
      const level = p.unitTypes.find((t) => t.id === u)?.level;
      if (!level) return;
      for (const a of proposed) {
        need(p.dossier.routes!.some((r) => r.from.includes(level) && (!r.awardForms || r.awardForms.includes(a))), 'route-missing', `/dossier/submitterUnitTypes/${k}`,
          `Loại đơn vị “${u}” (cấp “${level}”) được trình hồ sơ nhưng không có tuyến trình nào cho hình thức “${a}”. Hãy thêm một tuyến trình (dossier.routes) từ cấp “${level}”.`,
          `no route for unit type "${u}" (level "${level}") proposing "${a}"`);
      }
    });
  }
  p.awardForms.forEach((a, n) => need(a.nomineeTypes.length > 0, 'award-without-nominee-type', `/awardForms/${n}/nomineeTypes`, `Hình thức khen thưởng “${a.id}” không cho đối tượng nào: hãy ghi ít nhất một loại trong nomineeTypes.`, `award "${a.id}" allows no nominee type`));

  // ---- rounds: windows are real ISO date ranges, year spans run forwards ----
  const windowOk = (w: { from: string; to: string } | undefined) => !w || (ISO.test(w.from) && ISO.test(w.to) && w.from <= w.to);
  const spanOk = (s: { from: number; to: number } | undefined) => !s || s.from <= s.to;
  p.phases.forEach((ph, n) => need(windowOk(ph.filed) && spanOk(ph.covers), 'window-backwards', `/phases/${n}`,
    `Đợt khen thưởng “${ph.id}” có khoảng ngày (filed) hay khoảng năm (covers) sai: ngày phải viết YYYY-MM-DD và ngày đầu không sau ngày cuối.`, `phase "${ph.id}" has a window or span that is not ISO or runs backwards`));
  p.reporting.periods.forEach((r, n) => need(windowOk(r.filed) && spanOk(r.years) && spanOk(r.span), 'window-backwards', `/reporting/periods/${n}`,
    `Kỳ báo cáo “${r.id}” có khoảng ngày hay khoảng năm sai: ngày phải viết YYYY-MM-DD và ngày đầu không sau ngày cuối.`, `period "${r.id}" has a window or span that is not ISO or runs backwards`));
  return out;
}
