// What a reference page shows, read from the PDF with poppler's text tools: per page its size
// in points and a hash of its text. Text, not pixels: the same PDF rasterises slightly
// differently with another poppler or FreeType, but reads out as the same words.
import { execFileSync } from 'node:child_process';
import crypto from 'node:crypto';

/** Pages' text (`pdftotext -raw`, NFC, trailing spaces dropped), one string per page. */
export function pageTexts(pdfFile) {
  const text = execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', pdfFile, '-'], { maxBuffer: 64 << 20 }).toString('utf8');
  const pages = text.normalize('NFC').split('\f');
  pages.pop(); // pdftotext ends every page, the last one too, with a form feed
  return pages.map((p) => p.split('\n').map((l) => l.trimEnd()).join('\n').trim());
}

/** Pages' sizes in points, rounded to 0.1 pt: `[width, height]`. */
export function pageSizes(pdfFile) {
  const info = execFileSync('pdfinfo', ['-f', '1', '-l', '100000', pdfFile]).toString('utf8');
  return [...info.matchAll(/^Page\s+\d+\s+size:\s+([\d.]+) x ([\d.]+) pts/gm)].map((m) => [Math.round(+m[1] * 10) / 10, Math.round(+m[2] * 10) / 10]);
}

export const textHash = (text) => crypto.createHash('sha256').update(text).digest('hex').slice(0, 16);

/** Per page `{ size, text }` (text as its hash), the part of the manifest a test re-checks. */
export function pageFacts(pdfFile, lastPage) {
  const texts = pageTexts(pdfFile);
  const sizes = pageSizes(pdfFile);
  const n = Math.min(lastPage ?? sizes.length, sizes.length);
  return { texts: texts.slice(0, n), facts: sizes.slice(0, n).map((size, i) => ({ size, text: textHash(texts[i] ?? '') })) };
}
