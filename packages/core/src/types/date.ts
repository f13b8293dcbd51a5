import { Type } from '@sinclair/typebox';
import { label } from './label.js';
import { END } from './portable-regex.js';

/** A calendar date, ISO `YYYY-MM-DD` in data, dd/mm/yyyy on screen and paper. */
export function DateField(vi: string, en: string) {
  return Type.String({ ...label(vi, en), format: 'date', 'x-ui-widget': 'date' });
}

/** A clock time `HH:MM` (24 h). */
export function ClockTime(vi: string, en: string) {
  return Type.String({ ...label(vi, en), pattern: `^([01][0-9]|2[0-3]):[0-5][0-9]${END}`, 'x-ui-widget': 'time' });
}

export function Year(vi: string, en: string) {
  return Type.Integer({ ...label(vi, en), minimum: 1900, maximum: 2100, 'x-ui-widget': 'year' });
}
