import { DOCUMENT_KINDS, isDocumentKind, type DocumentKind } from '@thidua/core';
import { hasPlan, planIds } from '@thidua/plans';
import { UsageError } from './errors.js';

export function requirePlan(id: string): string {
  if (!hasPlan(id)) throw new UsageError(`Không có kế hoạch "${id}". Hãy dùng một trong các kế hoạch: ${planIds().join(', ')}`, `unknown plan "${id}": use one of ${planIds().join(', ')}`);
  return id;
}

export function requireKind(kind: string): DocumentKind {
  if (!isDocumentKind(kind)) throw new UsageError(`Loại hồ sơ phải là một trong: ${DOCUMENT_KINDS.join(', ')}`, `the kind must be one of: ${DOCUMENT_KINDS.join(', ')}`);
  return kind;
}
