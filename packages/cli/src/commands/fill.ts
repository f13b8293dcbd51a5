import fs from 'node:fs';
import type { ParsedArgs } from '../args.js';
import { UsageError } from '../errors.js';
import { readJson } from '../io.js';

/** Fills an AcroForm template with Vietnamese text (embedded font), optionally flattened. */
export async function fillCommand(args: ParsedArgs): Promise<number> {
  const [template, dataFile] = args.positional;
  const out = args.flags.get('out');
  if (!template || !dataFile) throw new UsageError('Cần: thidua fill <template.pdf> <data.json> -o out.pdf / usage: thidua fill <template.pdf> <data.json> -o out.pdf');
  if (typeof out !== 'string' || !out) throw new UsageError('Cần -o TỆP.pdf / -o out.pdf is required');
  let bytes: Uint8Array;
  try { bytes = new Uint8Array(fs.readFileSync(template)); } catch { throw new UsageError(`Không đọc được tệp "${template}" / cannot read file`); }
  const values = readJson(dataFile);
  if (!values || typeof values !== 'object' || Array.isArray(values)) throw new UsageError('Dữ liệu điền phải là một đối tượng JSON {"tên trường": "giá trị"} / data must be a JSON object of field values');
  const { fillForm, loadTinos, FillFormError, NotAPdfError, UnreadablePdfError, EncryptedPdfError, NoFormFieldsError } = await import('@thidua/pdf/node');
  try {
    const r = await fillForm(bytes, values as Record<string, string | boolean>, { fonts: loadTinos(), flatten: args.flags.has('flatten') });
    fs.writeFileSync(out, r.pdf);
    if (r.unknown.length) process.stderr.write(`Cảnh báo: không có trường ${r.unknown.map((u) => `"${u}"`).join(', ')} trong biểu mẫu / unknown fields ignored\n`);
    process.stderr.write(`Đã điền ${r.filled.length} trường, ghi ${out} / filled ${r.filled.length} fields\n`);
    return 0;
  } catch (e) {
    // A template we cannot use is unreadable input (2); a value the form refuses is invalid data (1).
    if (e instanceof NotAPdfError || e instanceof UnreadablePdfError || e instanceof EncryptedPdfError || e instanceof NoFormFieldsError) throw new UsageError(e.message);
    if (e instanceof FillFormError) {
      process.stderr.write(`${e.message}\n`);
      return 1;
    }
    throw e;
  }
}
