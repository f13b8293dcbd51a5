import { hasPlan, isDocumentKind, planIds, DOCUMENT_KINDS } from '@thidua/plans';
import { UsageError } from './errors.js';

export function requirePlan(id: string | undefined): string {
  if (!id) throw new UsageError(`Thiếu mã kế hoạch. Các kế hoạch: ${planIds().join(', ')} / missing plan id`);
  if (!hasPlan(id)) throw new UsageError(`Không có kế hoạch "${id}". Các kế hoạch: ${planIds().join(', ')} / unknown plan`);
  return id;
}

export function requireKind(kind: string | undefined): 'report' | 'nomination' {
  if (!kind || !isDocumentKind(kind)) throw new UsageError(`Loại hồ sơ phải là một trong: ${DOCUMENT_KINDS.join(', ')} / kind must be one of them`);
  return kind;
}
