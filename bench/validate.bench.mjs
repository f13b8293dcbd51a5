// validate() against the bare ajv-compiled schema validator on the same 20-nominee
// Lâm Đồng dossier, in one process. Goal: validate() costs at most 1.5× the bare check
// (the published schema compiled by ajv as any integrator would).

import { compiledValidator, validate } from '../packages/validate/dist/index.js';
import { largeDamRongGiayKhen } from '../packages/plans/dist/lam-dong/lam-dong-2022-2025/examples.js';
import { BMP_LENGTHS, createAjv } from '../packages/validate/dist/ajv.js';
import { getSchema } from '../packages/plans/dist/index.js';
import { measure } from './measure.mjs';

export async function run() {
  const PLAN = 'lam-dong-2022-2025';
  // 20 nominees fit no sơ-kết quota, so the dossier is a yearly Giấy khen one to the district chairman (no quota) and valid.
  const dossier = largeDamRongGiayKhen(20);
  const check = validate(PLAN, 'nomination', dossier);
  if (!check.ok) throw new Error(`bench dossier is invalid: ${check.errors.slice(0, 3).map((e) => e.message).join(' | ')}`);
  const bare = compiledValidator(PLAN, 'nomination');
  if (!bare(dossier)) throw new Error('bare ajv rejects the bench dossier');

  // What validate() runs as its schema check when no string holds a surrogate (ajv's
  // `unicode: false`): shown so the cost of the steps around it stays visible.
  const bmp = createAjv(BMP_LENGTHS).compile(getSchema(PLAN, 'nomination'));

  const json = JSON.stringify(dossier);
  const results = measure({
    'bare ajv (compiled schema only)': () => { if (!bare(dossier)) throw new Error('invalid'); },
    'validate() (NFC + encoding + schema + plan rules)': () => { if (!validate(PLAN, 'nomination', dossier).ok) throw new Error('invalid'); },
    'ajv, lengths in UTF-16 units (validate()\'s check)': () => { if (!bmp(dossier)) throw new Error('invalid'); },
  });
  const [baseline, ours, ownCheck] = results;
  const ratio = ours.nsPerOp / baseline.nsPerOp;
  return {
    title: `Validation of a ${dossier.nominees.length}-nominee Lâm Đồng dossier (${(json.length / 1024).toFixed(0)} KB JSON)`,
    rows: results.map((r) => [r.name, `${Math.round(r.opsPerSec).toLocaleString('en')} ops/s`, `${(r.nsPerOp / 1000).toFixed(1)} µs/op`]),
    summary:
      `ratio validate()/bare ajv = ${ratio.toFixed(2)} (goal ≤ 1.5) ${ratio <= 1.5 ? 'OK' : 'MISSED'}; ` +
      `steps around the schema check (NFC, encodings, printable text, plan rules): ${((ours.nsPerOp - ownCheck.nsPerOp) / 1000).toFixed(0)} µs`,
  };
}
