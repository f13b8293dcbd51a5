// What applies to a nominee, read from the built schemas' x-ui-applies / x-ui-enum-applies,
// and what a change sets aside and gives back (the element's internal/applicability.ts).
import { getSchema } from '@thidua/plans';
import { describe, expect, it } from 'vitest';
import { applicableValues, applies, settle, settleEdit, waitingOn, type SetAside } from '../../packages/elements/src/internal/applicability.js';

type Schema = Record<string, unknown>;
const nominee = (plan: string, type: string): Schema => {
  const items = (getSchema(plan, 'nomination') as any).properties.nominees.items;
  return items.oneOf.find((b: any) => b['x-nominee-type'] === type);
};
const prop = (s: Schema, k: string) => (s['properties'] as Record<string, Schema>)[k]!;

describe('what applies (Lâm Đồng)', () => {
  const collective = nominee('lam-dong-2022-2025', 'collective');
  const household = nominee('lam-dong-2022-2025', 'household');

  it('groups by the nominee type, criteria by the group, "Phân loại" for the commune group only', () => {
    expect([...applicableValues(prop(household, 'group'), { type: 'household' })!]).toEqual(['ho-gia-dinh']);
    expect([...applicableValues(prop(collective, 'criteriaMet'), { type: 'collective', group: 'cap-xa' })!]).toEqual(['c-1', 'c-2']);
    expect(applies(prop(collective, 'category'), { group: 'cap-xa' })).toBe(true);
    expect(applies(prop(collective, 'category'), { group: 'ngan-hang-csxh' })).toBe(false);
    expect(applies(prop(collective, 'name'), {})).toBe(true);
    expect(prop(collective, 'id')['x-ui-widget']).toBe('generated');
  });

  it('criteria wait on the group until it is chosen', () => {
    expect(waitingOn(prop(collective, 'criteriaMet'), { type: 'collective' })).toEqual(['group']);
    expect(waitingOn(prop(collective, 'criteriaMet'), { type: 'collective', group: 'cap-xa' })).toEqual([]);
    expect([...applicableValues(prop(collective, 'criteriaMet'), { type: 'collective' })!]).toEqual([]);
  });

  it('a change of group sets aside what stopped applying, and a change back returns it in the plan\'s order', () => {
    const aside: SetAside = {};
    const start = { type: 'collective', group: 'cap-xa', category: 'xa-khac', criteriaMet: ['c-1', 'c-2'], name: 'Xã Đạ Tông' };
    const moved = settle(collective, { ...start, group: 'so-nganh-doan-the' }, aside);
    expect(moved.value).toEqual({ type: 'collective', group: 'so-nganh-doan-the', criteriaMet: [], name: 'Xã Đạ Tông' });
    expect(moved.hidden.sort()).toEqual(['category', 'criteriaMet']);
    const ticked = settle(collective, { ...moved.value, criteriaMet: ['a-2'] }, aside);
    expect(ticked.hidden).toEqual([]);
    const back = settle(collective, { ...ticked.value, group: 'cap-xa' }, aside);
    expect(back.value).toEqual({ ...start });
    expect(back.hidden).toEqual(['criteriaMet']);
    expect(settle(collective, { ...back.value, group: 'so-nganh-doan-the' }, aside).value['criteriaMet']).toEqual(['a-2']);
  });

  it('an edit that changes nothing that applies returns the very same data', () => {
    const data = { nominees: [{ type: 'collective', id: 'n1', group: 'cap-xa', criteriaMet: ['c-1'], name: 'Xã' }] };
    const r = settleEdit(getSchema('lam-dong-2022-2025', 'nomination') as Schema, data, ['nominees', 0, 'name'], () => ({}));
    expect(r.value).toBe(data);
    expect(r.hidden).toEqual([]);
  });
});
