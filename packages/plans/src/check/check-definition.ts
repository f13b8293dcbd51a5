import type { PlanDefinition } from '@thidua/core';
import { checkReferences } from './references.js';
import { checkNfc } from './text-nfc.js';

/**
 * Referential checks on a plan definition: every id a rule names exists, ids are unique,
 * text is NFC. Each problem is one English line prefixed with the plan id; `checkPlan` gives
 * the same problems and more, in Vietnamese and English, with pointers.
 */
export function checkDefinition(p: PlanDefinition): string[] {
  return [...checkReferences(p), ...checkNfc(p)].map((i) => `${p.id}: ${i.messageEn}`);
}
