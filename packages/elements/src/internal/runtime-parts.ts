// Heavy parts of the validation engine — the TCVN3/VNI tables, the printable repertoire,
// the national-law regimes, the plan rules, the validation messages — are pages of code and
// tables that every form needs but no form needs before its plan is loaded. The single-file
// bundle leaves them out of thidua-elements.js and takes them from plans/runtime.js and
// plans/rules.js, which the plan loader imports with every form's chunk, so before any
// validation: scripts/build.mjs points the modules that hold them at what is installed here. In the module build the
// engine has its own copies and this stays unused.

import type { detectLegacyEncoding, findUnprintable } from '@thidua/core';
import type { MESSAGES, TERMS } from '@thidua/core/messages';
import type { isCommonPrintable } from '@thidua/core/text';
import type { awardClauseUnder, legalRegimes, regimeOn } from '@thidua/plans/law';
import type { RULES } from '@thidua/validate/engine';

export interface RuntimeParts {
  detectLegacyEncoding: typeof detectLegacyEncoding;
  findUnprintable: typeof findUnprintable;
  isCommonPrintable: typeof isCommonPrintable;
  legalRegimes: typeof legalRegimes;
  regimeOn: typeof regimeOn;
  awardClauseUnder: typeof awardClauseUnder;
  RULES: typeof RULES;
  en: (typeof MESSAGES)['en'];
  enTerms: (typeof TERMS)['en'];
  vi: (typeof MESSAGES)['vi'];
  viTerms: (typeof TERMS)['vi'];
}

const FUNCTIONS = ['detectLegacyEncoding', 'findUnprintable', 'isCommonPrintable', 'legalRegimes', 'regimeOn', 'awardClauseUnder'] as const;
const OBJECTS = ['RULES', 'en', 'enTerms', 'vi', 'viTerms'] as const;

let installed: RuntimeParts | undefined;

/** Takes the parts from the loaded plans/runtime.js module; false when it lacks some (another version). */
export function installRuntimeParts(runtime: Partial<RuntimeParts>): boolean {
  const complete = FUNCTIONS.every((n) => typeof runtime[n] === 'function') && OBJECTS.every((n) => runtime[n] !== null && typeof runtime[n] === 'object');
  if (complete) installed ??= runtime as RuntimeParts;
  return installed !== undefined;
}

// Only validation of a loaded plan reads the parts, and the plan loader refuses a plan whose
// runtime did not install (ThiduaRuntimeError). That error is not thrown here: core's modules
// import this one in the bundle, and an error class built on core's would be evaluated first.
export function runtimeParts(): RuntimeParts {
  return installed as RuntimeParts;
}

/** An object that reads through to a runtime part once it is installed (messages looked up by key). */
export function lateObject<K extends (typeof OBJECTS)[number]>(name: K): RuntimeParts[K] {
  return new Proxy({} as RuntimeParts[K], {
    get: (_, key) => Reflect.get(runtimeParts()[name], key),
    has: (_, key) => Reflect.has(runtimeParts()[name], key),
    ownKeys: () => Reflect.ownKeys(runtimeParts()[name]),
    getOwnPropertyDescriptor: (_, key) => {
      const d = Reflect.getOwnPropertyDescriptor(runtimeParts()[name], key);
      return d && { ...d, configurable: true };
    },
  });
}
