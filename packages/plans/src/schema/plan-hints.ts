import type { PlanDefinition } from '@thidua/core';

// Hints show names from the plan being filled, never another plan's: an officer in Bình Định must
// not read "UBND TỈNH LÂM ĐỒNG" under a field of the Bình Định form.

const lowerFirst = (s: string) => s.charAt(0).toLocaleLowerCase('vi') + s.slice(1);

/** "Viết hoa, ví dụ: UBND TỈNH BÌNH ĐỊNH". */
export function parentAgencyHint(plan: PlanDefinition): string {
  return `Viết hoa, ví dụ: UBND TỈNH ${plan.province.name.toLocaleUpperCase('vi')}`;
}

/**
 * A council named after one of the plan's own district-level units ("Hội đồng Thi đua - Khen
 * thưởng huyện Đam Rông"), or, where the plan names none, a district of its province in general.
 */
export function councilHint(plan: PlanDefinition): string {
  const districtTypes = new Set(plan.unitTypes.filter((t) => t.level === 'huyen').map((t) => t.id));
  const unit = plan.units?.find((u) => districtTypes.has(u.type));
  return unit
    ? `Ví dụ: Hội đồng Thi đua - Khen thưởng ${lowerFirst(unit.name)}`
    : `Ví dụ: Hội đồng Thi đua - Khen thưởng huyện (thị xã, thành phố) thuộc tỉnh ${plan.province.name}`;
}
