// The bundled faces as the build leaves them in the package (`dist/fonts/`): each face padded
// and without hinting, as parseFont would make it, and one JSON file of their metrics and
// character maps. Node only: the files are read from disk.
import fs from 'node:fs';
import { FACE_NAMES, type FaceName, type FontFaces } from './font-source.js';
import { parseFont, usePreparedFont } from './font-set.js';
import { describeFont, type PreparedFontData } from './prepared-font.js';

const METRICS_FILE = 'tinos.json';
const faceFile = (face: FaceName): string => `tinos-${face}.ttf`;

/** Writes the prepared faces and their metrics into `dir` (at build time). */
export function writePreparedFaces(dir: URL, fonts: FontFaces): void {
  fs.mkdirSync(dir, { recursive: true });
  const metrics = {} as Record<FaceName, PreparedFontData>;
  for (const face of FACE_NAMES) {
    const { font, source } = parseFont(fonts[face]);
    fs.writeFileSync(new URL(faceFile(face), dir), source.bytes);
    metrics[face] = describeFont(font);
  }
  fs.writeFileSync(new URL(METRICS_FILE, dir), JSON.stringify(metrics));
}

/** The prepared faces in `dir`, ready to print with; undefined when the build wrote none there. */
export function readPreparedFaces(dir: URL): FontFaces | undefined {
  let text: string;
  try {
    text = fs.readFileSync(new URL(METRICS_FILE, dir), 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw e;
  }
  const metrics = JSON.parse(text) as Record<FaceName, PreparedFontData>;
  const faces = {} as Record<FaceName, Uint8Array>;
  for (const face of FACE_NAMES) {
    const bytes = new Uint8Array(fs.readFileSync(new URL(faceFile(face), dir)));
    usePreparedFont(bytes, metrics[face]);
    faces[face] = bytes;
  }
  return faces;
}
