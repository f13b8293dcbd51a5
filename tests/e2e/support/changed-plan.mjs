// A province's revised plan, as the tests of plans read at run time use it: Lâm Đồng's plan
// folder copied outside the repository, under a new id and title, with one quota changed
// (a city proposes at most 1 case at the 2023 review, not 2). Nothing of the SDK is rebuilt.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ROOT } from './harness.mjs';

export const SOURCE_PLAN = 'lam-dong-2022-2025';
export const CHANGED_ID = 'lam-dong-thu-nghiem';
export const CHANGED_TITLE = 'Kế hoạch thử nghiệm Phong trào thi đua “Vì người nghèo” tỉnh Lâm Đồng';
/** The invalid fixture that proposes 3 cases from a city at the 2023 review. */
export const CITY_FIXTURE = 'invalid/12-ubnd-thanh-pho-bao-loc-de-nghi-03.json';

/** A copy of the folder in a new temporary directory outside the repository; returns its path. */
export function copyPlan() {
  const dir = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'thidua-plan-')), CHANGED_ID);
  fs.cpSync(path.join(ROOT, 'packages/plans/src/lam-dong', SOURCE_PLAN), dir, { recursive: true });
  if (path.relative(ROOT, dir).split(path.sep)[0] !== '..') throw new Error(`${dir} is inside the repository`);
  return dir;
}

/** Replaces `from` by `to` in one file of the folder, and fails when `from` is not there. */
export function edit(dir, file, from, to) {
  const f = path.join(dir, file);
  const text = fs.readFileSync(f, 'utf8');
  if (!text.includes(from)) throw new Error(`${file} has no ${JSON.stringify(from)}: the plan changed, update the test`);
  fs.writeFileSync(f, text.replace(from, to));
}

/** The copied plan, changed: new id (in the definition and every submission), title and quota. */
export function changedPlan() {
  const dir = copyPlan();
  for (const sub of ['examples', 'invalid']) {
    for (const f of fs.readdirSync(path.join(dir, sub))) {
      const file = path.join(dir, sub, f);
      fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replaceAll(`"${SOURCE_PLAN}"`, `"${CHANGED_ID}"`));
    }
  }
  edit(dir, 'definition.yaml', `\nid: ${SOURCE_PLAN}\n`, `\nid: ${CHANGED_ID}\n`);
  edit(dir, 'definition.yaml', /\ntitle: >-\n(?: {2}.*\n)+/.exec(fs.readFileSync(path.join(dir, 'definition.yaml'), 'utf8'))[0], `\ntitle: ${CHANGED_TITLE}\n`);
  edit(dir, 'definition.yaml', '  - id: so-ket-2023-thanh-pho\n    phase: so-ket-2023\n    awardForms: [ bang-khen-chu-tich-ubnd-tinh ]\n    appliesTo: { unitType: thanh-pho }\n    total: { max: 2 }',
    '  - id: so-ket-2023-thanh-pho\n    phase: so-ket-2023\n    awardForms: [ bang-khen-chu-tich-ubnd-tinh ]\n    appliesTo: { unitType: thanh-pho }\n    total: { max: 1 }');
  return dir;
}

/** Removes a folder made by copyPlan, with its temporary parent. */
export function removePlan(dir) {
  fs.rmSync(path.dirname(dir), { recursive: true, force: true });
}
