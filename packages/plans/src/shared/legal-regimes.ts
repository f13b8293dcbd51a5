import type { LegalRegimeFacts } from '@thidua/core';
import { LEGAL_REGIMES } from './regimes.js';

/**
 * The regimes, oldest first, through a call: the browser element ships this data in its shared
 * runtime chunk instead of its core bundle, and a function is what it can hand over late.
 */
export function legalRegimes(): readonly LegalRegimeFacts[] {
  return LEGAL_REGIMES;
}
