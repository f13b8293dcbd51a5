import { ThiduaError } from '@thidua/core';
import { TRANSLATIONS } from '../translations/index.js';

/** The form was used before its plan's chunk had loaded. */
export class ThiduaNotReadyError extends ThiduaError<'THIDUA_NOT_READY', Record<string, never>> {
  override name = 'ThiduaNotReadyError';

  constructor() {
    super('THIDUA_NOT_READY', {
      vi: `thidua-form: ${TRANSLATIONS.vi.notReady} Hãy chờ \`await element.ready\` rồi gọi lại.`,
      en: `thidua-form: ${TRANSLATIONS.en.notReady} Wait for \`await element.ready\`, then call again.`,
    });
  }
}
