import { DOCUMENT_KINDS, ThiduaError } from '@thidua/core';

/** No plan has this id; `details.plans` lists the ids there are. */
export class UnknownPlanError extends ThiduaError<'THIDUA_UNKNOWN_PLAN', { planId: string; plans: readonly string[] }> {
  override name = 'UnknownPlanError';
  constructor(readonly planId: string, plans: readonly string[]) {
    super('THIDUA_UNKNOWN_PLAN', {
      vi: `Không có kế hoạch "${planId}". Hãy dùng một trong các kế hoạch: ${plans.join(', ')}.`,
      en: `Unknown plan "${planId}". Use one of: ${plans.join(', ')}.`,
    }, { details: { planId, plans } });
  }
}

/** Not a document kind (`report`, `nomination`). */
export class UnknownKindError extends ThiduaError<'THIDUA_UNKNOWN_KIND', { kind: string; kinds: readonly string[] }> {
  override name = 'UnknownKindError';
  constructor(readonly kind: string) {
    super('THIDUA_UNKNOWN_KIND', {
      vi: `Không có loại hồ sơ "${kind}". Hãy dùng một trong các loại: ${DOCUMENT_KINDS.join(', ')}.`,
      en: `Unknown document kind "${kind}". Use one of: ${DOCUMENT_KINDS.join(', ')}.`,
    }, { details: { kind, kinds: DOCUMENT_KINDS } });
  }
}

/**
 * A plan definition refers to something it does not declare (an indicator) or the SDK does not
 * know (a legal regime): a mistake in the plan's data, found when its schemas are built.
 */
export class PlanDefinitionError extends ThiduaError<'THIDUA_PLAN_DEFINITION', { planId?: string; where: string; name: string }> {
  override name = 'PlanDefinitionError';
  constructor(details: { planId?: string; where: string; name: string }, message: { vi: string; en: string }) {
    super('THIDUA_PLAN_DEFINITION', {
      vi: `${message.vi} Hãy sửa định nghĩa kế hoạch${details.planId ? ` ${details.planId}` : ''} (checkDefinition chỉ ra chỗ sai).`,
      en: `${message.en} Correct the plan definition${details.planId ? ` of ${details.planId}` : ''} (checkDefinition points to the mistake).`,
    }, { details });
  }
}

/** The plan has no example of the document kind asked for. */
export class MissingExampleError extends ThiduaError<'THIDUA_NO_EXAMPLE', { planId: string; kind: string }> {
  override name = 'MissingExampleError';
  constructor(planId: string, kind: string) {
    super('THIDUA_NO_EXAMPLE', {
      vi: `Kế hoạch ${planId} không có hồ sơ mẫu loại "${kind}". Hãy chọn loại hồ sơ khác, hoặc thêm ví dụ vào examples.ts của kế hoạch.`,
      en: `Plan ${planId} has no ${kind} example. Choose the other kind, or add an example to the plan's examples.ts.`,
    }, { details: { planId, kind } });
  }
}

/** Where in a plan folder a problem is: the file (relative to the folder) and, when known, its line and column (from 1). */
export interface PlanFilePlace {
  file: string;
  line?: number;
  column?: number;
}

/**
 * A plan folder cannot be read: a file is missing, a YAML or JSON file does not parse, or a
 * `use:` reference names nothing the shared law has. The message names the file and line.
 */
export class PlanFileError extends ThiduaError<'THIDUA_PLAN_FILE', PlanFilePlace & { dir: string }> {
  override name = 'PlanFileError';
  constructor(dir: string, place: PlanFilePlace, message: { vi: string; en: string }, cause?: unknown) {
    const at = place.line === undefined ? place.file : `${place.file}:${place.line}:${place.column ?? 1}`;
    super('THIDUA_PLAN_FILE', {
      vi: `${at}: ${message.vi}`,
      en: `${at}: ${message.en}`,
    }, { details: { dir, ...place }, cause });
  }
}
