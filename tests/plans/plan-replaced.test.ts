// A plan folder read again after an edit (as the plan studio does on every save) takes the place
// of what was read before: the registry's definition and schemas, and the validators compiled
// from them, so a quota raised in the file is the quota the next validation applies.
import { afterAll, describe, expect, it } from 'vitest';
import { addPlanFolders, getPlan, getSchema, loadPlanFolder } from '@thidua/plans';
import { compiledValidator, validate } from '@thidua/validate';
import { CHANGED_ID, CITY_FIXTURE, changedPlan, edit, removePlan } from '../e2e/support/changed-plan.mjs';

const dir = changedPlan();
afterAll(() => removePlan(dir));

const quotaIssues = () => {
  const folder = loadPlanFolder(dir);
  const data = folder.invalid[folder.invalidFiles.indexOf(CITY_FIXTURE)]!.data;
  return validate(CHANGED_ID, 'nomination', data).errors.filter((e) => e.code === 'quota-max');
};

describe('a plan folder added again under the same id', () => {
  it('replaces the definition and the compiled validators of the first reading', () => {
    addPlanFolders([dir]);
    const [first] = quotaIssues();
    expect(first?.message).toContain('không quá 1 trường hợp');

    edit(dir, 'definition.yaml', 'appliesTo: { unitType: thanh-pho }\n    total: { max: 1 }', 'appliesTo: { unitType: thanh-pho }\n    total: { max: 3 }');
    const [again] = addPlanFolders([dir]);
    expect(again?.id).toBe(CHANGED_ID);
    expect(getPlan(CHANGED_ID).quotas?.find((q) => q.id === 'so-ket-2023-thanh-pho')?.total).toEqual({ max: 3 });
    expect(quotaIssues()).toEqual([]);
    // The schema check too is compiled from the new reading, not kept from the first.
    for (const kind of ['report', 'nomination']) expect(compiledValidator(CHANGED_ID, kind).schema).toBe(getSchema(CHANGED_ID, kind));

    edit(dir, 'definition.yaml', 'total: { max: 3 }', 'total: { max: 2 }');
    addPlanFolders([dir]);
    expect(quotaIssues()[0]?.message).toContain('không quá 2 trường hợp');
  });
});
