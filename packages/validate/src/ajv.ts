import { VOCABULARY } from '@thidua/core';
import { Ajv, type Options } from 'ajv';
import addFormatsModule from 'ajv-formats';

// ajv-formats is CommonJS; under NodeNext/Bundler interop its default may be nested.
const addFormats = ((addFormatsModule as unknown as { default?: typeof addFormatsModule }).default ?? addFormatsModule) as typeof addFormatsModule;

/**
 * ajv's `unicode: false`: minLength/maxLength read `.length` instead of counting characters.
 * ajv marks the option deprecated and says so on every instance; this is the one warning it
 * would give, so it is not passed on.
 */
export const BMP_LENGTHS: Options = {
  unicode: false,
  logger: { log: console.log, warn: (...a: unknown[]) => { if (!/option unicode/.test(String(a[0]))) console.warn(...a); }, error: console.error },
};

/** One configuration for every validator we compile, at run time or to standalone code. */
export function createAjv(extra: Options = {}): Ajv {
  const ajv = new Ajv({
    strict: true,
    allErrors: true,
    discriminator: true,
    // Union-level `required: ['type']` sits beside `oneOf`, not beside `properties`.
    strictRequired: false,
    ...extra,
  });
  addFormats(ajv, ['date', 'time', 'email', 'uri']);
  ajv.addVocabulary([...VOCABULARY]);
  return ajv;
}
