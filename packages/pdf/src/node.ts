// Node entry: loads the bundled Tinos faces from disk. Browsers pass bytes they fetched.
import { ThiduaError, type DocumentKind, type ValidationIssue } from '@thidua/core';
import { renderDocument } from './documents/render-document.js';
import type { Margins } from './layout/page-setup.js';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { FACE_NAMES, TINOS_FILES, type FontFaces } from './fonts/font-source.js';
import { readPreparedFaces } from './fonts/prepared-tinos.js';
import { nodeDeflate } from './node-deflate.js';

let cached: FontFaces | undefined;

/** Where the build leaves the prepared faces: `dist/fonts/`, beside this module's build. */
const PREPARED_FACES = new URL('./fonts/', import.meta.url);

/**
 * Tinos (OFL-1.1, Times New Roman metrics) from the @expo-google-fonts/tinos package, or the
 * same faces as the build prepared them (padded, their metrics read), which print the same
 * without parsing a font at start.
 */
export function loadTinos(): FontFaces {
  if (cached) return cached;
  cached = readPreparedFaces(PREPARED_FACES);
  if (cached) return cached;
  const require = createRequire(import.meta.url);
  const dir = path.dirname(require.resolve('@expo-google-fonts/tinos/package.json'));
  cached = Object.fromEntries(FACE_NAMES.map((f) => [f, new Uint8Array(fs.readFileSync(path.join(dir, TINOS_FILES[f])))])) as unknown as FontFaces;
  return cached;
}

export { nodeDeflate } from './node-deflate.js';

export * from './index.js';


/** The submission failed validation; `errors` are the validator's, in the requested language. */
export class InvalidSubmissionError extends ThiduaError<'THIDUA_PDF_INVALID', { errors: ValidationIssue[] }> {
  override name = 'InvalidSubmissionError';
  constructor(readonly errors: ValidationIssue[]) {
    super('THIDUA_PDF_INVALID', {
      vi: `Hồ sơ chưa hợp lệ (${errors.length} lỗi): không tạo PDF. Sửa lỗi hoặc in bản nháp (draft).`,
      en: `The submission is invalid (${errors.length} errors): no PDF is made. Fix it or print a draft.`,
    }, { details: { errors } });
  }
}

export interface SubmissionPdfOptions {
  draft?: boolean;
  margins?: Partial<Margins>;
  lang?: 'vi' | 'en';
  /** Empty signature fields at the signers' places (default: yes, none in a draft). */
  signatureFields?: boolean;
}

/** Validates, then renders the official PDF in Node with the bundled fonts and native deflate. */
export async function renderSubmission(planId: string, kind: DocumentKind, data: unknown, opts: SubmissionPdfOptions = {}): Promise<Uint8Array> {
  // Loaded here: a program that renders documents it validated itself (renderDocument) does
  // not load ajv and the plans' registry with this module.
  const [{ getPlan, getSchema }, { validate }] = await Promise.all([import('@thidua/plans'), import('@thidua/validate')]);
  const r = validate(planId, kind, data, { lang: opts.lang ?? 'vi' });
  if (!r.ok && !opts.draft) throw new InvalidSubmissionError(r.errors);
  return renderDocument(getPlan(planId), kind, r.ok ? r.value : data, {
    fonts: loadTinos(),
    deflate: nodeDeflate,
    schema: getSchema(planId, kind),
    ...(opts.draft ? { draft: true } : {}),
    ...(opts.margins ? { margins: opts.margins } : {}),
    ...(opts.signatureFields !== undefined ? { signatureFields: opts.signatureFields } : {}),
  });
}
