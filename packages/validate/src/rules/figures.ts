import type { RuleModule } from './rule.js';
import type { Rule, RuleContext } from './context.js';
import { arr, obj } from './context.js';
import { userText } from '../user-text.js';
import { figureRows } from './figure-data.js';

/** Each row must read as one fact: a range that runs upward, a part no larger than its whole, one year or one span. */
function checkFigures(ctx: RuleContext, raw: unknown, listPath: string): void {
  for (const f of figureRows(raw)) {
    const at = `${listPath}/${f.index}`;
    const base = { row: String(f.index + 1), what: userText(f.what, 80) };
    if (f.upTo !== undefined && f.value > f.upTo) {
      ctx.report({ path: `${at}/upTo`, labelPath: listPath, code: 'figure-range-reversed', params: { ...base, value: f.value, upTo: f.upTo } });
    }
    if (f.of !== undefined && f.value > f.of) {
      ctx.report({ path: `${at}/of`, labelPath: listPath, code: 'figure-exceeds-total', params: { ...base, value: f.value, of: f.of } });
    }
    if (f.fromYear !== undefined && f.toYear !== undefined && f.fromYear > f.toYear) {
      ctx.report({ path: `${at}/toYear`, labelPath: listPath, code: 'figure-years-reversed', params: { ...base, fromYear: String(f.fromYear), toYear: String(f.toYear) } });
    }
    if (f.year !== undefined && (f.fromYear !== undefined || f.toYear !== undefined)) {
      ctx.report({ path: `${at}/year`, labelPath: listPath, code: 'figure-year-ambiguous', params: { ...base, detail: ctx.terms.phrases.figureYearAndSpan } });
    } else if ((f.fromYear === undefined) !== (f.toYear === undefined)) {
      const missing = f.fromYear === undefined ? 'fromYear' : 'toYear';
      ctx.report({ path: `${at}/${missing}`, labelPath: listPath, code: 'figure-year-ambiguous', params: { ...base, detail: ctx.terms.phrases.figureHalfSpan } });
    }
  }
}

/** Figures of nominees and of report sections. */
const check: Rule = (ctx) => {
  arr(ctx.data['nominees']).forEach((n, i) => checkFigures(ctx, obj(n)['figures'], `/nominees/${i}/figures`));
  for (const [id, section] of Object.entries(obj(ctx.data['sections']))) checkFigures(ctx, obj(section)['figures'], `/sections/${id}/figures`);
};

export const figureRule: RuleModule = {
  name: 'figures',
  kinds: ['report', 'nomination'],
  codes: ['figure-range-reversed', 'figure-exceeds-total', 'figure-years-reversed', 'figure-year-ambiguous'],
  check,
};
