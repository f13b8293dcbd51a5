import { ThiduaError, type BilingualMessage } from '@thidua/core';

/** The studio cannot start with what it was given; `details` names the option and its value. */
export class StudioOptionError extends ThiduaError<'THIDUA_STUDIO_OPTION', { option: string; value: unknown }> {
  override name = 'StudioOptionError';

  constructor(option: string, value: unknown, message: BilingualMessage, cause?: unknown) {
    super('THIDUA_STUDIO_OPTION', {
      vi: `Xưởng kế hoạch: ${message.vi}`,
      en: `Plan studio: ${message.en}`,
    }, { details: { option, value }, cause });
  }
}
