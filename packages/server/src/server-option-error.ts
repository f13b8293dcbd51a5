import { ThiduaError, type BilingualMessage } from '@thidua/core';

/** An option of the plugin, the server or the cluster that cannot be used; `details` names it and its value. */
export class ServerOptionError extends ThiduaError<'THIDUA_SERVER_OPTION', { option: string; value: unknown }> {
  override name = 'ServerOptionError';

  /** `expected` completes “<option> …”: what the option must be. */
  constructor(option: string, value: unknown, expected: BilingualMessage) {
    const shown = typeof value === 'string' ? JSON.stringify(value) : String(value);
    super('THIDUA_SERVER_OPTION', {
      vi: `@thidua/server: ${option} ${expected.vi}, nhận được ${shown}. Hãy sửa tùy chọn ${option}.`,
      en: `@thidua/server: ${option} ${expected.en}, got ${shown}. Correct the ${option} option.`,
    }, { details: { option, value } });
  }
}
