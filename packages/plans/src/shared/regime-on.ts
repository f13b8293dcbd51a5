import type { IsoDate, LegalRegime, LegalRegimeFacts } from '@thidua/core';
import { LEGAL_REGIMES } from './regimes.js';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The regime in force on `date` (ISO `YYYY-MM-DD`). Without a usable date, the regime the
 * plan names (`fallback`) applies: a document with no date is judged by its plan's law.
 */
export function regimeOn(date: IsoDate | undefined, fallback: LegalRegime): LegalRegimeFacts {
  if (date !== undefined && ISO_DATE.test(date)) {
    let found: LegalRegimeFacts | undefined;
    // ISO dates compare as strings; the list runs oldest first.
    for (const r of LEGAL_REGIMES) if (r.from === undefined || r.from <= date) found = r;
    if (found) return found;
  }
  return LEGAL_REGIMES.find((r) => r.id === fallback) ?? LEGAL_REGIMES[0]!;
}
