import { Type } from '@sinclair/typebox';
import { label } from './label.js';
import { END } from './portable-regex.js';

/**
 * A calendar date, ISO `YYYY-MM-DD` in data, dd/mm/yyyy on screen and paper. The pattern repeats
 * the shape `format: 'date'` already means, because Python's jsonschema checks that format with
 * `date.fromisoformat`, which also takes "20231020" and "2023-W42-5".
 */
export function DateField(vi: string, en: string) {
  return Type.String({ ...label(vi, en), format: 'date', pattern: `^[0-9]{4}-[0-9]{2}-[0-9]{2}${END}`, 'x-ui-widget': 'date' });
}

/** A clock time `HH:MM` (24 h). */
export function ClockTime(vi: string, en: string) {
  return Type.String({ ...label(vi, en), pattern: `^([01][0-9]|2[0-3]):[0-5][0-9]${END}`, 'x-ui-widget': 'time' });
}

export function Year(vi: string, en: string) {
  return Type.Integer({ ...label(vi, en), minimum: 1900, maximum: 2100, 'x-ui-widget': 'year' });
}
