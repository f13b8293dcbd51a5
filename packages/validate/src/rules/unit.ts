import type { NamedUnit, PlanDefinition } from '@thidua/core';
import { obj, str } from './context.js';

const fold = (s: string) => s.normalize('NFC').toLocaleLowerCase('vi').replace(/[\u2010-\u2015]/g, '-').replace(/\s+/g, ' ').trim();

/**
 * The named unit a submission comes from: by `unitCode`, else by its agency name containing
 * the unit's name or an alias ("Ủy ban nhân dân huyện Đam Rông" → Huyện Đam Rông).
 */
export function resolveUnit(plan: PlanDefinition, header: unknown): NamedUnit | undefined {
  const h = obj(header);
  const units = plan.units ?? [];
  const code = str(h['unitCode']);
  if (code) return units.find((u) => u.id === code);
  const agency = str(h['agency']);
  if (!agency) return undefined;
  const a = fold(agency);
  const type = str(h['unitType']);
  return units.find((u) => (!type || u.type === type) && [u.name, ...(u.aliases ?? [])].some((n) => a.includes(fold(n))));
}
