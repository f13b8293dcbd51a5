import { Type } from '@sinclair/typebox';
import type { IndicatorKind } from '../plan/definition.js';
import { label } from './label.js';

export function Count(vi: string, en: string, extra: Record<string, unknown> = {}) {
  return Type.Integer({ ...label(vi, en), minimum: 0, maximum: 1e9, 'x-ui-widget': 'number', ...extra });
}

export function Percent(vi: string, en: string, extra: Record<string, unknown> = {}) {
  return Type.Number({ ...label(vi, en), minimum: 0, maximum: 100, 'x-ui-widget': 'percent', 'x-unit': '%', 'x-unit-en': '%', ...extra });
}

export function Money(vi: string, en: string, extra: Record<string, unknown> = {}) {
  return Type.Number({ ...label(vi, en), minimum: 0, maximum: 1e15, 'x-ui-widget': 'money', ...extra });
}

/** The number schema of an indicator kind. Rates may fall, so 'number' allows negatives. */
export function IndicatorNumber(kind: IndicatorKind, vi: string, en: string, extra: Record<string, unknown> = {}) {
  switch (kind) {
    case 'percent': return Percent(vi, en, extra);
    case 'count': return Count(vi, en, extra);
    case 'money': return Money(vi, en, extra);
    case 'number': return Type.Number({ ...label(vi, en), minimum: -1e12, maximum: 1e12, 'x-ui-widget': 'number', ...extra });
  }
}
