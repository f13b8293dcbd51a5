import type { PlanDefinition, ReportSubmission } from '@thidua/core';
import { figure } from './format.js';

const REVIEW: Record<string, string> = { 'so-ket': 'Sơ kết', 'tong-ket': 'Tổng kết' };

const years = (from: number | undefined, to: number): string =>
  from !== undefined && from !== to ? `giai đoạn ${figure(from)} - ${figure(to)}` : `năm ${figure(to)}`;

/**
 * Title lines for the span a report states and the further scopes it covers, as a real report
 * titles them: "Sơ kết 03 năm giai đoạn 2021 - 2023", "và kết quả mô hình điểm giai đoạn 2023 - 2025".
 * Nothing is printed that the report does not state.
 */
export function scopeLines(plan: PlanDefinition, data: ReportSubmission): string[] {
  const out: string[] = [];
  const { fromYear, year, extraScopes } = data.period;
  if (typeof fromYear === 'number' && Number.isFinite(fromYear) && fromYear !== year) {
    const period = plan.reporting.periods.find((x) => x.id === data.period.type);
    const phase = plan.phases.find((x) => x.id === period?.phase);
    const review = phase ? REVIEW[phase.kind] : undefined;
    const count = year - fromYear + 1;
    const named = review && count > 0 ? `${review} ${String(count).padStart(2, '0')} năm` : undefined;
    // A summary that already names the review ("Sơ kết 03 năm thực hiện …") gets only the span.
    if (named && plan.outline.summary.toLocaleLowerCase('vi').includes(named.toLocaleLowerCase('vi'))) out.push(`(${years(fromYear, year)})`);
    else {
      const line = named ? `${named} ${years(fromYear, year)}` : years(fromYear, year);
      out.push(line.charAt(0).toLocaleUpperCase('vi') + line.slice(1));
    }
  }
  for (const s of extraScopes ?? []) out.push(`và ${s.label} ${years(s.fromYear, s.year)}`);
  return out;
}
