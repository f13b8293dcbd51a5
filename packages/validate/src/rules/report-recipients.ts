import type { Addressee, Clause, PlanDefinition } from '@thidua/core';

export interface ReportRecipients {
  recipients: Addressee[];
  clause: Clause;
}

/** Unit types that may file a report: the plan's reporters, and those it has report upwards. */
export function reporterUnitTypes(plan: PlanDefinition): string[] {
  return [...new Set([...plan.reporting.unitTypes, ...(plan.reporting.upward ?? []).flatMap((u) => u.unitTypes)])];
}

/**
 * Whom a report from a unit type may be addressed to: the plan's recipients when the type is one
 * of its reporters, plus those of every upward report the type files (the province's own report
 * goes to the central level). The clause is the upward report's when the type files nothing else.
 */
export function reportRecipientsFor(plan: PlanDefinition, unitType: string | undefined): ReportRecipients {
  const { reporting } = plan;
  const upward = (reporting.upward ?? []).filter((u) => unitType !== undefined && u.unitTypes.includes(unitType));
  const ordinary = unitType === undefined || reporting.unitTypes.includes(unitType) || upward.length === 0;
  const recipients = [...(ordinary ? reporting.recipients ?? [] : []), ...upward.flatMap((u) => u.recipients)];
  const clause = ordinary ? reporting.clause : upward.map((u) => u.clause).join('; ');
  return { recipients, clause };
}

/**
 * Whether a unit type files only reports upwards: the plan's report deadlines, set for the units
 * reporting to the province, do not bind the province's own report to the central level.
 */
export function filesUpwardOnly(plan: PlanDefinition, unitType: string | undefined): boolean {
  return unitType !== undefined && !plan.reporting.unitTypes.includes(unitType) && (plan.reporting.upward ?? []).some((u) => u.unitTypes.includes(unitType));
}
