import { VOCABULARY } from '@thidua/core';
import { Ajv, type Options } from 'ajv';
import addFormatsModule from 'ajv-formats';

// ajv-formats is CommonJS; under NodeNext/Bundler interop its default may be nested.
const addFormats = ((addFormatsModule as unknown as { default?: typeof addFormatsModule }).default ?? addFormatsModule) as typeof addFormatsModule;

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
