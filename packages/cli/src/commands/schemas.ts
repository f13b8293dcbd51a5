import fs from 'node:fs';
import path from 'node:path';
import { DOCUMENT_KINDS, catalog, getSchema, planIds } from '@thidua/plans';
import type { CommandInput } from '../command-spec.js';
import { UsageError } from '../errors.js';

/** Writes DIR/<id>/<kind>.schema.json for every plan, plus DIR/index.json (the catalogue). */
export function writeSchemas(dir: string): string[] {
  const written: string[] = [];
  for (const id of planIds()) {
    fs.mkdirSync(path.join(dir, id), { recursive: true });
    for (const kind of DOCUMENT_KINDS) {
      const file = path.join(dir, id, `${kind}.schema.json`);
      fs.writeFileSync(file, JSON.stringify(getSchema(id, kind), null, 2) + '\n');
      written.push(file);
    }
  }
  const index = path.join(dir, 'index.json');
  fs.writeFileSync(index, JSON.stringify(catalog(), null, 2) + '\n');
  written.push(index);
  return written;
}

export function schemasCommand({ options }: CommandInput): number {
  const out = options.out;
  if (typeof out !== 'string' || !out) throw new UsageError('Cần --out THƯ_MỤC: hãy cho thư mục cần ghi', '--out DIR is required: name the folder to write');
  const files = writeSchemas(out);
  process.stderr.write(`Đã ghi ${files.length} tệp vào ${out} / wrote ${files.length} files\n`);
  return 0;
}
