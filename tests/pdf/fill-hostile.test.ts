// `thidua fill` and `fillForm` on hostile templates (hostile-templates.ts): every malformed or
// oversized template is refused with exit 2 and one bilingual message, in bounded time and memory
// (the real CLI, its peak RSS measured); active content never reaches the output (qpdf reads it).
// Needs `pnpm run build` (packages/cli/dist).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadTinos } from '@thidua/pdf/node';
import {
  CircularStructureError,
  DamagedObjectError,
  FillFormError,
  InflateLimitError,
  TemplateTooComplexError,
  TemplateTooLargeError,
  UnreadablePdfError,
  fillForm,
} from '@thidua/pdf';
import * as hostile from './hostile-templates.js';
import { containsText, pdfText, qpdfCheck } from './tools.js';
import { pdfLib } from './pdf-lib.js';

const { PDFDocument, PDFName, PDFArray } = pdfLib;

const ROOT = path.resolve(__dirname, '../..');
const BIN = path.join(ROOT, 'packages/cli/dist/bin.js');
const fonts = loadTinos();
const NAME = 'Nguyễn Thị Hồng Nhung';

/** Peak RSS bound for one `thidua fill` run (a harmless fill peaks near 130 MB here). */
const MAX_RSS_MB = 300;
/** Wall-time bound for one run, generous for a loaded 2-core machine (a harmless fill: 1–3 s). */
const MAX_SECONDS = 30;

let dir: string;

beforeAll(() => {
  expect(fs.existsSync(BIN), 'run `pnpm run build` first').toBe(true);
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'thidua-fill-hostile-'));
  fs.writeFileSync(path.join(dir, 'values.json'), JSON.stringify({ hoTen: NAME }));
  // Preloaded into the CLI: writes its peak RSS (kB) on exit, whatever the exit code.
  fs.writeFileSync(path.join(dir, 'rss.cjs'), "process.on('exit', () => require('fs').writeFileSync(process.env.THIDUA_RSS_FILE, String(process.resourceUsage().maxRSS)));\n");
});

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

interface CliRun {
  status: number | null;
  stderr: string;
  rssMb: number;
  seconds: number;
  out: string;
}

function runFill(name: string, template: Uint8Array | (() => void), ...flags: string[]): CliRun {
  const file = path.join(dir, `${name}.pdf`);
  if (typeof template === 'function') template();
  else fs.writeFileSync(file, template);
  const out = path.join(dir, `${name}-out.pdf`);
  const rssFile = path.join(dir, `${name}.rss`);
  fs.rmSync(out, { force: true });
  fs.rmSync(rssFile, { force: true });
  const start = performance.now();
  const r = spawnSync(process.execPath, ['-r', path.join(dir, 'rss.cjs'), BIN, 'fill', file, path.join(dir, 'values.json'), '-o', out, ...flags], {
    encoding: 'utf8',
    env: { ...process.env, THIDUA_RSS_FILE: rssFile },
    timeout: 120_000,
  });
  const seconds = (performance.now() - start) / 1000;
  const rssMb = fs.existsSync(rssFile) ? Number(fs.readFileSync(rssFile, 'utf8')) / 1024 : Infinity;
  return { status: r.status, stderr: r.stderr, rssMb, seconds, out };
}

/** Exit 2, no output file, one bilingual message naming the problem, no stack trace, bounded time and memory. */
function expectRefused(r: CliRun, vietnamese: RegExp, english: RegExp): void {
  expect(r.stderr).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
  expect(r.stderr).not.toMatch(/RangeError|TypeError|Trying to parse/);
  expect(r.status, r.stderr).toBe(2);
  expect(fs.existsSync(r.out)).toBe(false);
  const [vi, en] = r.stderr.trim().split(' / ');
  expect(vi).toMatch(vietnamese);
  expect(en).toMatch(english);
  expect(r.stderr.trim().split('\n')).toHaveLength(1);
  expect(r.rssMb, `peak RSS ${r.rssMb.toFixed(0)} MB`).toBeLessThan(MAX_RSS_MB);
  expect(r.seconds, `${r.seconds.toFixed(1)} s`).toBeLessThan(MAX_SECONDS);
}

function expectFilled(r: CliRun): void {
  expect(r.stderr).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
  expect(r.status, r.stderr).toBe(0);
  expect(r.rssMb, `peak RSS ${r.rssMb.toFixed(0)} MB`).toBeLessThan(MAX_RSS_MB);
  expect(r.seconds, `${r.seconds.toFixed(1)} s`).toBeLessThan(MAX_SECONDS);
  const pdf = fs.readFileSync(r.out);
  expect(qpdfCheck(pdf).ok).toBe(true);
  expect(containsText(pdfText(pdf), NAME)).toBe(true);
}

describe('thidua fill: the harmless base template', () => {
  it('fills (so every refusal below comes from the hostile part)', () => expectFilled(runFill('base', hostile.baseTemplate())));
});

describe('thidua fill: bombs are refused before they cost memory', () => {
  it('an object stream whose 20 000 entries all point at one 1 000-number array (was: parsed 20 000 times, then filled)', () => {
    const r = runFill('objstm-bomb', hostile.objectStreamBomb());
    expectRefused(r, /Đối tượng ở byte \d+ .*bị hỏng \(luồng đối tượng 5 0 R: chỉ mục sai/, /object stream 5 0 R: bad index/);
  });

  it('an object stream inflating to 1 GiB from 1 MB (was: inflated whole, then filled)', () => {
    const r = runFill('deflate-bomb', hostile.deflateBomb());
    expectRefused(r, /Luồng đối tượng 5 0 R .*giải nén ra hơn 32 MB.*bom nén/, /inflates to more than 32 MB/);
  });

  it('a template over 50 MB, refused from its size before it is read', () => {
    const file = path.join(dir, 'too-large.pdf');
    const r = runFill('too-large', () => {
      fs.writeFileSync(file, '%PDF-1.7\n');
      fs.truncateSync(file, 50 * 1024 * 1024 + 1); // sparse: no disk, and nothing to read
    });
    expectRefused(r, /Tệp PDF mẫu nặng 50 MB, vượt giới hạn 50 MB/, /over the limit of 50 MB/);
    expect(r.rssMb).toBeLessThan(150);
  });

  it('more than 1 000 000 values', () => {
    const r = runFill('values', hostile.rawPdf([...hostile.baseObjects(), `[${' 0'.repeat(1_000_001)} ]`]));
    expectRefused(r, /hơn 1\.000\.000 giá trị PDF \(ở byte \d+\)/, /more than 1,000,000 PDF values/);
  });

  it('more than 5 000 form fields', () => {
    const objects = hostile.baseObjects();
    const kids = Array.from({ length: 5_001 }, (_, i) => `${6 + i} 0 R`).join(' ');
    objects[0] = '<< /Type /Catalog /Pages 2 0 R /AcroForm << /Fields [4 0 R 5 0 R] >> >>';
    const fields = Array.from({ length: 5_001 }, (_, i) => `<< /FT /Tx /T (o${i}) /Parent 5 0 R >>`);
    const r = runFill('fields', hostile.rawPdf([...objects, `<< /T (bang) /Kids [${kids}] >>`, ...fields]));
    expectRefused(r, /cây trường biểu mẫu quá 5\.000 nút/, /form-field tree of more than 5,000 nodes/);
  });
});

describe('thidua fill: malformed structures are refused with exit 2, never a stack trace', () => {
  it('a page tree that contains itself (was: RangeError stack trace, exit 1)', () => {
    expectRefused(runFill('page-cycle', hostile.pageTreeCycle()), /^Cây trang .*quay vòng về chính nó \(tại đối tượng 2 0 R\)/, /page tree .*leads back to itself/);
  });

  it('a page tree that lists each node twice, 40 levels deep: 2^40 visits (was: a V8 fatal error)', () => {
    expectRefused(runFill('page-fan-out', hostile.pageTreeFanOut()), /cây trang quá 10\.000 nút hoặc quá 100 tầng/, /page tree of more than 10,000 nodes/);
  });

  it('a /Parent chain that loops', () => {
    expectRefused(runFill('parent-cycle', hostile.parentCycle()), /^Chuỗi \/Parent .*quay vòng/, /\/Parent chain .*leads back to itself/);
  });

  it('a field tree that contains itself (was: RangeError stack trace, exit 1)', () => {
    expectRefused(runFill('field-cycle', hostile.fieldTreeCycle()), /^Cây trường biểu mẫu .*quay vòng/, /form-field tree .*leads back to itself/);
  });

  it.each([
    ['100 000 nested arrays in a page (was: the page kept as raw bytes, "filled")', () => hostile.deepArray(100_000, 'page')],
    ['100 000 nested arrays in the trailer', () => hostile.deepArray(100_000, 'trailer')],
    ['100 000 nested dictionaries', () => hostile.deepDict(100_000)],
  ])('%s', (_, make) => {
    expectRefused(runFill('deep', make()), /lồng nhau quá 100 tầng \(ở byte \d+\)/, /nested more than 100 deep \(at byte \d+\)/);
  });

  it('an object that does not parse (was: kept as raw bytes, unchecked, in the output)', () => {
    expectRefused(runFill('damaged', hostile.damagedObject()), /^Đối tượng ở byte \d+ của tệp PDF mẫu bị hỏng/, /is damaged/);
  });

  it('a truncated file', () => {
    expectRefused(runFill('truncated', hostile.truncated()), /bị hỏng|Không đọc được/, /damaged|cannot be read/);
  });
});

describe('thidua fill: damage it can read through is filled, in linear time', () => {
  it('a cross-reference table replaced by garbage (objects are read in file order; the output is a fresh file)', () => {
    expectFilled(runFill('xref-garbage', hostile.xrefGarbage()));
  });

  it('1 MB of digits between objects (was: rescanned at every digit)', () => {
    expectFilled(runFill('digits', hostile.digitJunk()));
  });

  it('a cross-reference stream declaring 5 000 000 entries (was: all allocated)', () => {
    expectFilled(runFill('xref-size', hostile.xrefStreamSizeBomb()));
  });

  it('200 000 numbers above 2^53 (was: one warning each on stderr)', () => {
    const r = runFill('big-numbers', hostile.rawPdf([...hostile.baseObjects(), `[${' 99999999999999999'.repeat(200_000)} ]`]));
    expectFilled(r);
    expect(r.stderr.length).toBeLessThan(500);
  });

  it.each([
    ['object streams and a cross-reference stream (qpdf)', ['--object-streams=generate']],
    ['linearized (qpdf)', ['--linearize']],
  ])('%s', (name, args) => {
    const input = path.join(dir, 'qpdf-in.pdf');
    const output = path.join(dir, 'qpdf-out.pdf');
    fs.writeFileSync(input, hostile.baseTemplate());
    expect(spawnSync('qpdf', [...args, input, output]).status).toBe(0);
    expectFilled(runFill('qpdf', fs.readFileSync(output)));
  });
});

describe('fillForm: the limits, in-process', () => {
  it('reads arrays nested 100 deep, refuses 101', async () => {
    // The page dictionary is the first level.
    await expect(fillForm(hostile.deepArray(99), { hoTen: NAME }, { fonts })).resolves.toBeDefined();
    const p = fillForm(hostile.deepArray(100), { hoTen: NAME }, { fonts });
    await expect(p).rejects.toBeInstanceOf(TemplateTooComplexError);
    await expect(p).rejects.toMatchObject({ code: 'THIDUA_FILL_TOO_COMPLEX', limit: 'nesting', max: 100 });
  });

  it('refuses a template over 50 MB without parsing it', async () => {
    const p = fillForm(new Uint8Array(50 * 1024 * 1024 + 1), { hoTen: NAME }, { fonts });
    await expect(p).rejects.toBeInstanceOf(TemplateTooLargeError);
    await expect(p).rejects.toMatchObject({ code: 'THIDUA_FILL_TEMPLATE_TOO_LARGE', limit: 50 * 1024 * 1024 });
  });

  it('names the object stream that inflates too far, with the limit of this file (100 × its size)', async () => {
    const template = hostile.deflateBomb(16 << 20); // 16 KB that inflate to 16 MiB
    const err = await fillForm(template, { hoTen: NAME }, { fonts }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(InflateLimitError);
    expect(err).toBeInstanceOf(FillFormError);
    expect(err).toMatchObject({ code: 'THIDUA_FILL_INFLATE_LIMIT', object: '5 0 R', limit: 100 * template.length });
  });

  it('gives each structural failure its class and code', async () => {
    const cases: [Uint8Array, new (...args: never[]) => FillFormError, string][] = [
      [hostile.pageTreeCycle(), CircularStructureError, 'THIDUA_FILL_CIRCULAR'],
      [hostile.objectStreamBomb(100, 10), DamagedObjectError, 'THIDUA_FILL_DAMAGED_OBJECT'],
      [hostile.damagedObject(), DamagedObjectError, 'THIDUA_FILL_DAMAGED_OBJECT'],
      [hostile.pageTreeFanOut(20), TemplateTooComplexError, 'THIDUA_FILL_TOO_COMPLEX'],
    ];
    for (const [template, type, code] of cases) {
      const err = await fillForm(template, { hoTen: NAME }, { fonts }).catch((e: unknown) => e);
      expect(err, code).toBeInstanceOf(type);
      expect((err as FillFormError).code).toBe(code);
    }
  });

  it('reports what pdf-lib fails on after parsing as UnreadablePdfError, with the cause kept', async () => {
    const objects = hostile.baseObjects();
    objects[1] = '<< /Type /Pages /Kids 7 /Count 1 >>'; // /Kids is not an array
    const err = await fillForm(hostile.rawPdf(objects), { hoTen: NAME }, { fonts }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(UnreadablePdfError);
    expect((err as Error).cause).toBeInstanceOf(Error);
  });
});

// ---------------------------------------------------------------------------------------------
// Active content

/** Every name and marker of active content, as `qpdf --json` spells them (it lists every object, reachable or not). */
const ACTIVE = ['"/JS"', '"/JavaScript"', '"/Launch"', '"/URI"', '"/AA"', '"/OpenAction"', '"/EmbeddedFiles"', '"/EmbeddedFile"', '"/SubmitForm"', '"/ImportData"', '"/GoToR"', '"/GoToE"', '"/Rendition"', '"/RichMedia"', '"/FileAttachment"', '"/Screen"', '"/XFA"', 'app.alert', 'calc.exe', 'cmd.exe'];

function activeLeft(pdf: Uint8Array | string): string[] {
  const file = typeof pdf === 'string' ? pdf : path.join(dir, 'scan.pdf');
  if (typeof pdf !== 'string') fs.writeFileSync(file, pdf);
  const r = spawnSync('qpdf', ['--json', file], { encoding: 'utf8', maxBuffer: 64 << 20 });
  expect(r.status, r.stderr).toBe(0);
  return ACTIVE.filter((needle) => r.stdout.includes(needle));
}

describe('thidua fill: active content of the template never reaches the output', () => {
  let template: Uint8Array;
  beforeAll(async () => {
    template = await hostile.activeContentTemplate();
  });

  it('the template has it all (the control)', () => {
    expect(activeLeft(template)).toEqual(ACTIVE);
  });

  it.each([[[]], [['--flatten']]])('fill %j: removed, listed on stderr, the file sound and the name printed', (flags) => {
    const r = runFill('active', template, ...flags);
    expectFilled(r);
    expect(activeLeft(r.out)).toEqual([]);
    expect(r.stderr).toMatch(/^Đã gỡ 21 nội dung chủ động của mẫu khỏi bản điền \/ removed 21 active content items of the template: JavaScript \(\/Root\/OpenAction\), /);
    for (const kind of ['Launch', 'URI', 'SubmitForm', 'ImportData', 'GoToR', 'GoToE', 'EmbeddedFiles', 'FileAttachment', 'RichMedia', 'Screen', 'XFA']) {
      expect(r.stderr).toContain(`${kind} (`);
    }
  });

  it('lists each removal with where it was, and keeps navigation inside the document', async () => {
    const { pdf, removed } = await fillForm(template, { hoTen: NAME }, { fonts });
    expect(removed).toContainEqual({ kind: 'JavaScript', at: '/Root/OpenAction' });
    expect(removed).toContainEqual({ kind: 'JavaScript', at: '/Root/AA/WC' });
    expect(removed).toContainEqual({ kind: 'JavaScript', at: '/Root/Names/JavaScript' });
    expect(removed).toContainEqual({ kind: 'EmbeddedFiles', at: '/Root/Names/EmbeddedFiles' });
    expect(removed).toContainEqual({ kind: 'XFA', at: '/Root/AcroForm/XFA' });
    expect(removed).toContainEqual({ kind: 'Launch', at: '/Root/Pages[1]/AA/C' });
    expect(removed).toContainEqual({ kind: 'URI', at: '/Root/Pages[1]/Annots[3]/A' });
    expect(removed).toContainEqual({ kind: 'JavaScript', at: '/Root/Pages[1]/Annots[8]/A/Next' });
    expect(removed).toContainEqual({ kind: 'JavaScript', at: '/Root/AcroForm/Fields("hoTen")/AA/K' });
    expect(removed).toContainEqual({ kind: 'JavaScript', at: '/Root/Outlines("Muc 1")/A' });
    expect(removed).toContainEqual({ kind: 'FileAttachment', at: '/Root/Pages[1]/Annots[10]' });
    // The GoTo link (its script chained in /Next gone), the /Dest link and the bookmark stay.
    const doc = await PDFDocument.load(pdf);
    const links = doc.getPages()[0]!.node.Annots()!.asArray().map((a) => doc.context.lookup(a)!.toString()).filter((a) => a.includes('/Link'));
    expect(links.filter((a) => a.includes('/GoTo'))).toHaveLength(1);
    expect(links.filter((a) => a.includes('/Next'))).toHaveLength(0);
    expect(links.filter((a) => a.includes('/Dest'))).toHaveLength(1);
    expect(doc.catalog.lookup(PDFName.of('Outlines'))).toBeDefined();
  });

  it('keeps an /OpenAction that is a destination, and the standard named actions', async () => {
    const doc = await PDFDocument.load(hostile.baseTemplate());
    const page = doc.getPages()[0]!;
    doc.catalog.set(PDFName.of('OpenAction'), doc.context.obj([page.ref, PDFName.of('Fit')]));
    const next = doc.context.obj({ Type: 'Annot', Subtype: 'Link', Rect: [0, 0, 10, 10], A: { S: 'Named', N: 'NextPage' } });
    const print = doc.context.obj({ Type: 'Annot', Subtype: 'Link', Rect: [0, 20, 10, 30], A: { S: 'Named', N: 'Print' } });
    (page.node.Annots() as InstanceType<typeof PDFArray>).push(doc.context.register(next));
    (page.node.Annots() as InstanceType<typeof PDFArray>).push(doc.context.register(print));
    const { pdf, removed } = await fillForm(await doc.save(), { hoTen: NAME }, { fonts });
    expect(removed).toEqual([{ kind: 'Named', at: '/Root/Pages[1]/Annots[3]/A' }]);
    const out = await PDFDocument.load(pdf);
    expect(out.catalog.lookup(PDFName.of('OpenAction'))).toBeInstanceOf(PDFArray);
    expect(out.getPages()[0]!.node.Annots()!.asArray().map((a) => out.context.lookup(a)!.toString()).join(' ')).toContain('/NextPage');
  });
});
