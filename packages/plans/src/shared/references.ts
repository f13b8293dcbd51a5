// What a plan file may take from the shared law by name, with `use:` (docs/guide/plan-files.md).
// A plan written as data cannot import a module; it names the shared fact instead, and the
// loader puts the fact in its place. The facts themselves stay in this folder's modules, so the
// plans still written in TypeScript and the plans written as files read the same law.

import type { Addressee, Clause, LegalRegime } from '@thidua/core';
import { awardLawClause } from './award-law.js';
import { BAN_TDKT_TW, BO_LDTBXH } from './central-bodies.js';
import { AWARD_FORMS, CONFIRMATION_BLOCKS } from './law.js';
import { nationalRoutes, SO_LDTBXH, SO_NOI_VU, UBND_HUYEN, UBND_TINH, UBND_XA, type ProvinceIntake } from './routes.js';

/**
 * A shared fact: `data` is copied, and the keys written beside `use:` replace or add fields of
 * it; `make` is computed from the keys written beside `use:`, which are its arguments.
 */
export type SharedReference =
  | { kind: 'data'; about: string; data: () => unknown }
  | { kind: 'make'; about: string; args: readonly string[]; required: readonly string[]; make: (args: Record<string, unknown>) => unknown };

const data = (about: string, value: unknown): SharedReference => ({ kind: 'data', about, data: () => structuredClone(value) });

const ADDRESSEES: Record<string, Addressee> = {
  'ubnd-tinh': UBND_TINH,
  'so-noi-vu': SO_NOI_VU,
  'so-ldtbxh': SO_LDTBXH,
  'ubnd-huyen': UBND_HUYEN,
  'ubnd-xa': UBND_XA,
  'ban-tdkt-tw': BAN_TDKT_TW,
  'bo-ldtbxh': BO_LDTBXH,
};

function buildReferences(): Map<string, SharedReference> {
  const refs = new Map<string, SharedReference>();
  for (const form of Object.values(AWARD_FORMS)) {
    refs.set(`award-form/${form.id}`, data(`${form.label} (hình thức khen thưởng theo Luật)`, form));
  }
  for (const [name, addressee] of Object.entries(ADDRESSEES)) {
    refs.set(`addressee/${name}`, data(`${addressee.name} (nơi nhận)`, addressee));
  }
  refs.set('confirmation-blocks', data('Các khối ký, xác nhận của báo cáo thành tích (tập thể, cá nhân, hộ gia đình)', CONFIRMATION_BLOCKS));
  refs.set('national-routes', {
    kind: 'make',
    about: 'Tuyến trình hồ sơ theo Luật quanh nơi tiếp nhận của tỉnh (to, clause, ownAwardClause, text, textEn)',
    args: ['to', 'clause', 'ownAwardClause', 'text', 'textEn'],
    required: ['to'],
    make: (a) => nationalRoutes(a as unknown as ProvinceIntake),
  });
  refs.set('award-law-clause', {
    kind: 'make',
    about: 'Điều khoản của Luật cho một hình thức khen thưởng theo chế độ pháp lý (regime, awardForm), đặt sau điều khoản của kế hoạch (plan)',
    args: ['regime', 'awardForm', 'plan'],
    required: ['regime', 'awardForm'],
    make: (a) => {
      const law = awardLawClause(a['regime'] as LegalRegime, a['awardForm'] as string);
      return (a['plan'] === undefined ? law : `${a['plan'] as Clause}; ${law}`) satisfies Clause;
    },
  });
  return refs;
}

let references: Map<string, SharedReference> | undefined;

/** Every name a plan file may `use:`, with what it gives. */
export function sharedReferences(): ReadonlyMap<string, SharedReference> {
  references ??= buildReferences();
  return references;
}
