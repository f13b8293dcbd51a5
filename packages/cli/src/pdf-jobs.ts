import fs from 'node:fs';
import path from 'node:path';
import { UsageError } from './errors.js';

/** One document to print: the JSON it is read from and the PDF it is written to. */
export interface PdfJob {
  input: string;
  output: string;
}

const isDirectory = (p: string): boolean => {
  try { return fs.statSync(p).isDirectory(); } catch { return false; }
};

/** The .json files directly inside a folder, in name order (not its subfolders). */
function jsonFilesIn(dir: string): string[] {
  const files = fs.readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isFile() && e.name.toLowerCase().endsWith('.json'))
    .map((e) => path.join(dir, e.name))
    .sort();
  if (!files.length) throw new UsageError(`Thư mục "${dir}" không có tệp .json nào: hãy chỉ đến thư mục chứa hồ sơ JSON`, `the folder "${dir}" holds no .json file: name a folder of JSON documents`);
  return files;
}

/**
 * What `thidua pdf … <file…> -o OUT` prints. One file, and OUT neither a folder nor ending in
 * "/": that file to OUT. Otherwise OUT is a folder and each input (a folder: each .json file in
 * it) is written there under its own name, x.json as x.pdf. Two inputs of one name would
 * write one PDF: refused before anything is printed.
 */
export function pdfJobs(inputs: readonly string[], out: string): { batch: boolean; jobs: PdfJob[] } {
  const batch = inputs.length > 1 || /[\\/]$/.test(out) || isDirectory(out) || (inputs[0] !== '-' && isDirectory(inputs[0]!));
  if (!batch) return { batch, jobs: [{ input: inputs[0]!, output: out }] };
  if (inputs.includes('-')) throw new UsageError('Đầu vào chuẩn ("-") chỉ dùng khi in một tệp: hãy ghi hồ sơ ra tệp rồi in', 'standard input ("-") prints one document only: save it to a file first');
  const jobs: PdfJob[] = [];
  const byOutput = new Map<string, string>();
  for (const input of inputs.flatMap((i) => (isDirectory(i) ? jsonFilesIn(i) : [i]))) {
    const output = path.join(out, `${path.basename(input).replace(/\.json$/i, '')}.pdf`);
    const before = byOutput.get(output);
    if (before !== undefined) {
      throw new UsageError(`"${before}" và "${input}" sẽ cùng ghi vào ${output}: hãy đổi tên một tệp hoặc in chúng vào hai thư mục`, `"${before}" and "${input}" would both write ${output}: rename one or print them into two folders`);
    }
    byOutput.set(output, input);
    jobs.push({ input, output });
  }
  return { batch, jobs };
}
