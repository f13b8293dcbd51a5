import fs from 'node:fs';
import { JsonTextError, parseJsonText } from '@thidua/validate/json';
import { UsageError } from './errors.js';
import { MAX_INPUT_BYTES } from './limits.js';

const MB = (n: number) => `${+(n / 1048576).toFixed(1)} MB`;
const tooLarge = (what: string, size?: number) => new UsageError(
  `${what} quá lớn (${size === undefined ? `trên ${MB(MAX_INPUT_BYTES)}` : `${MB(size)}, tối đa ${MB(MAX_INPUT_BYTES)}`}): hồ sơ thật nhỏ hơn nhiều (300 trường hợp khoảng 1 MB); hãy kiểm tra lại tệp.`,
  `input too large (at most ${MB(MAX_INPUT_BYTES)}): a real dossier is far smaller (300 nominees are about 1 MB); check the file.`);

/** At most MAX_INPUT_BYTES + 1 bytes of a descriptor: enough to know the input is too large. */
function readBounded(fd: number, what: string): Buffer {
  const chunks: Buffer[] = [];
  let size = 0;
  const buf = Buffer.alloc(1 << 16);
  for (;;) {
    let n: number;
    try { n = fs.readSync(fd, buf, 0, buf.length, null); } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'EAGAIN') continue;
      if ((e as NodeJS.ErrnoException).code === 'EOF') break;
      throw e;
    }
    if (n === 0) break;
    size += n;
    if (size > MAX_INPUT_BYTES) throw tooLarge(what);
    chunks.push(Buffer.from(buf.subarray(0, n)));
  }
  return Buffer.concat(chunks);
}

function readAll(file: string): Buffer {
  if (file === '-') return readBounded(0, 'Dữ liệu vào');
  let stat: fs.Stats;
  try { stat = fs.statSync(file); } catch {
    throw new UsageError(`Không đọc được tệp "${file}": hãy kiểm tra đường dẫn và quyền đọc`, `cannot read file "${file}": check its path and permissions`);
  }
  if (!stat.isFile()) throw new UsageError(`"${file}" không phải là tệp: hãy chỉ đến một tệp JSON`, `"${file}" is not a file: name a JSON file`);
  if (stat.size > MAX_INPUT_BYTES) throw tooLarge(`Tệp "${file}"`, stat.size);
  const fd = fs.openSync(file, 'r');
  try {
    return readBounded(fd, `Tệp "${file}"`);
  } finally {
    fs.closeSync(fd);
  }
}

/**
 * Reads and parses a JSON file ('-' for standard input) as the server reads a body
 * (`parseJsonText`: UTF-8, no repeated key, no lone surrogate, no `__proto__`); any failure
 * is a UsageError (exit 2) saying what and where.
 */
export function readJson(file: string): unknown {
  const bytes = readAll(file);
  try {
    return parseJsonText(bytes);
  } catch (e) {
    if (e instanceof JsonTextError) throw UsageError.from(e, { vi: file === '-' ? 'Dữ liệu vào' : `Tệp "${file}"`, en: '' });
    throw e;
  }
}
