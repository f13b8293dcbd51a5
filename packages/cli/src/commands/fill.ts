import fs from 'node:fs';
import type { CommandInput } from '../command-spec.js';
import { UsageError } from '../errors.js';
import { readJson } from '../io.js';

/** Fills an AcroForm template with Vietnamese text (embedded font), optionally flattened. */
export async function fillCommand({ args, options }: CommandInput): Promise<number> {
  const [template, dataFile] = args as [string, string];
  const out = options.out;
  if (typeof out !== 'string' || !out) throw new UsageError('Cần -o TỆP.pdf: hãy cho tệp PDF cần ghi', '-o out.pdf is required: name the PDF file to write');
  const pdf = await import('@thidua/pdf/node');
  let bytes: Uint8Array;
  try {
    // The size first: a huge file is refused before it is read.
    const { size } = fs.statSync(template);
    if (size > pdf.MAX_TEMPLATE_BYTES) throw new pdf.TemplateTooLargeError(size, pdf.MAX_TEMPLATE_BYTES);
    bytes = new Uint8Array(fs.readFileSync(template));
  } catch (e) {
    if (e instanceof pdf.TemplateTooLargeError) throw UsageError.from(e);
    throw new UsageError(`Không đọc được tệp "${template}": hãy kiểm tra đường dẫn và quyền đọc`, `cannot read file "${template}": check its path and permissions`);
  }
  const values = readJson(dataFile);
  if (!values || typeof values !== 'object' || Array.isArray(values)) throw new UsageError('Dữ liệu điền phải là một đối tượng JSON {"tên trường": "giá trị"}: hãy sửa tệp dữ liệu', 'the data must be a JSON object of field values {"field name": "value"}: correct the data file');
  // A template we cannot or will not use is unreadable input (2); a value the form refuses is invalid data (1).
  const templateErrors = [
    pdf.NotAPdfError,
    pdf.UnreadablePdfError,
    pdf.EncryptedPdfError,
    pdf.NoFormFieldsError,
    pdf.TemplateTooLargeError,
    pdf.InflateLimitError,
    pdf.TemplateTooComplexError,
    pdf.CircularStructureError,
    pdf.DamagedObjectError,
  ];
  try {
    const r = await pdf.fillForm(bytes, values as Record<string, string | boolean>, { fonts: pdf.loadTinos(), flatten: options.flatten === true });
    fs.writeFileSync(out, r.pdf);
    if (r.removed.length) {
      const list = r.removed.map((x) => `${x.kind} (${x.at})`).join(', ');
      process.stderr.write(`Đã gỡ ${r.removed.length} nội dung chủ động của mẫu khỏi bản điền / removed ${r.removed.length} active content items of the template: ${list}\n`);
    }
    if (r.unknown.length) process.stderr.write(`Cảnh báo: không có trường ${r.unknown.map((u) => `"${u}"`).join(', ')} trong biểu mẫu / unknown fields ignored\n`);
    process.stderr.write(`Đã điền ${r.filled.length} trường, ghi ${out} / filled ${r.filled.length} fields\n`);
    return 0;
  } catch (e) {
    if (e instanceof pdf.FillFormError && templateErrors.some((type) => e instanceof type)) throw UsageError.from(e);
    if (e instanceof pdf.FillFormError) {
      process.stderr.write(`${e.message}\n`);
      return 1;
    }
    throw e;
  }
}

