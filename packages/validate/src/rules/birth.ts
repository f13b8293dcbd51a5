import type { RuleModule } from './rule.js';
import type { Rule } from './context.js';
import { arr, isoDate, num, obj } from './context.js';

// A report may give a birth date, a year of birth and an age together; the printed report shows
// only the most precise, so two that disagree would hide what the officer typed. They must agree.

/** Age in full years on `on` of someone born on `born` (both ISO dates). */
function ageOn(born: string, on: string): number {
  const [by, bm, bd] = born.split('-').map(Number) as [number, number, number];
  const [y, m, d] = on.split('-').map(Number) as [number, number, number];
  return y - by - (m < bm || (m === bm && d < bd) ? 1 : 0);
}

const check: Rule = (ctx) => {
  arr(ctx.data['nominees']).forEach((raw, i) => {
    const n = obj(raw);
    const p = obj(n['profile']);
    const at = `/nominees/${i}/profile`;
    const date = isoDate(p['birthDate']);
    const year = num(p['birthYear']);
    const age = num(p['age']);
    if (date && year !== undefined && Number(date.slice(0, 4)) !== year) {
      ctx.report({ path: `${at}/birthYear`, code: 'birth-inconsistent', params: { value: year, other: date.slice(0, 4) } });
    }
    const on = isoDate(n['reportDate']);
    if (age === undefined || !on) return;
    // From a year alone the age is one of two, depending on the birthday.
    const expected = date ? [ageOn(date, on)] : year !== undefined ? [Number(on.slice(0, 4)) - year - 1, Number(on.slice(0, 4)) - year] : [];
    if (expected.length && !expected.includes(age)) {
      ctx.report({ path: `${at}/age`, code: 'birth-inconsistent', params: { value: age, other: expected.join('–') } });
    }
  });
};

export const birthRule: RuleModule = {
  name: 'birth',
  kinds: ['nomination'],
  codes: ['birth-inconsistent'],
  check,
};
