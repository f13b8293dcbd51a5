// The PDF chunk (dist/pdf.js): pdf-lib, fontkit and the Decree 30 layout of @thidua/pdf,
// loaded only when someone presses "Tải PDF". The four Tinos faces are fetched from
// dist/fonts/ (copied there at build time) and kept for the page's lifetime.

import { FACE_NAMES, TINOS_FILES, renderDocument, type FaceName, type FontFaces } from '@thidua/pdf';
import type { DocumentKind, PlanDefinition } from '@thidua/core';
import { ThiduaFontLoadError } from '../errors/thidua-font-load-error.js';

let fonts: Promise<FontFaces> | undefined;

export function fontFileName(face: FaceName): string {
  return TINOS_FILES[face].split('/').pop()!;
}

/** The Tinos faces from `<base>fonts/`; `base` defaults to this chunk's folder. */
export function loadFonts(base: string | URL = new URL('./', import.meta.url)): Promise<FontFaces> {
  fonts ??= Promise.all(
    FACE_NAMES.map(async (face) => {
      const url = new URL(`fonts/${fontFileName(face)}`, base);
      const res = await fetch(url);
      if (!res.ok) throw new ThiduaFontLoadError(url.href, res.status);
      return [face, new Uint8Array(await res.arrayBuffer())] as const;
    }),
  ).then((faces) => Object.fromEntries(faces) as unknown as FontFaces);
  fonts.catch(() => { fonts = undefined; });
  return fonts;
}

export interface BuildPdfOptions {
  /** The plan's JSON Schema of this kind (needed for drafts). */
  schema?: object;
  /** Print incomplete data with placeholders under a "BẢN NHÁP" watermark. */
  draft?: boolean;
  /** Folder holding `fonts/`; defaults to this chunk's folder. */
  base?: string | URL;
}

/** The official PDF (Decree 30/2020 layout) of a validated submission, built in the browser. */
export async function buildPdf(plan: PlanDefinition, kind: DocumentKind, data: unknown, opts: BuildPdfOptions = {}): Promise<Uint8Array> {
  const faces = await loadFonts(opts.base);
  return renderDocument(plan, kind, data, {
    fonts: faces,
    ...(opts.schema ? { schema: opts.schema } : {}),
    ...(opts.draft ? { draft: true } : {}),
  });
}
