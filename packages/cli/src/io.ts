import fs from 'node:fs';
import { UsageError } from './errors.js';

/** Larger than any real dossier (a 300-nominee one is about 2 MB). */
export const MAX_INPUT_BYTES = 20 * 1024 * 1024;

function readAll(file: string): Buffer {
  if (file === '-') {
    const chunks: Buffer[] = [];
    let size = 0;
    const buf = Buffer.alloc(1 << 16);
    for (;;) {
      let n: number;
      try { n = fs.readSync(0, buf, 0, buf.length, null); } catch (e) {
        if ((e as NodeJS.ErrnoException).code === 'EAGAIN') continue;
        if ((e as NodeJS.ErrnoException).code === 'EOF') break;
        throw e;
      }
      if (n === 0) break;
      size += n;
      if (size > MAX_INPUT_BYTES) throw new UsageError(`Dữ liệu vào quá lớn (trên ${MAX_INPUT_BYTES / 1048576} MB) / input too large`);
      chunks.push(Buffer.from(buf.subarray(0, n)));
    }
    return Buffer.concat(chunks);
  }
  let stat: fs.Stats;
  try { stat = fs.statSync(file); } catch {
    throw new UsageError(`Không đọc được tệp "${file}" / cannot read file`);
  }
  if (!stat.isFile()) throw new UsageError(`"${file}" không phải là tệp / not a file`);
  if (stat.size > MAX_INPUT_BYTES) throw new UsageError(`Tệp "${file}" quá lớn (${(stat.size / 1048576).toFixed(1)} MB, tối đa ${MAX_INPUT_BYTES / 1048576} MB) / file too large`);
  return fs.readFileSync(file);
}

/** Reads and parses a JSON file ('-' for standard input); any failure is a UsageError (exit 2). */
export function readJson(file: string): unknown {
  const bytes = readAll(file);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new UsageError(`Tệp "${file}" không phải văn bản UTF-8 / not UTF-8 text`);
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new UsageError(`Tệp "${file}" không phải JSON hợp lệ: ${(e as Error).message.split('\n')[0]} / malformed JSON`);
  }
}

export function printJson(value: unknown): void {
  process.stdout.write(JSON.stringify(value, null, 2) + '\n');
}
