// Plans as folders of files: the loader reads a folder from anywhere (here a copy in the system's
// temporary directory), says which file and line is wrong, and reads the built-in Lâm Đồng plan
// exactly as the registry serves it.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getPlanModule, loadPlanFolder, PlanFileError } from '@thidua/plans';
import { AWARD_FORMS, CONFIRMATION_BLOCKS } from '../../packages/plans/src/shared/law.js';
import { sharedReferences } from '../../packages/plans/src/shared/references.js';
import { largeLamDongDossier } from '../../packages/plans/src/lam-dong/lam-dong-2022-2025/examples.js';

const LAM_DONG = path.resolve('packages/plans/src/lam-dong/lam-dong-2022-2025');
let tmp: string;
let n = 0;

/** A fresh copy of the Lâm Đồng folder outside the repository, changed by `edit`. */
function copy(edit: (dir: string) => void = () => {}): string {
  const dir = path.join(tmp, `plan-${++n}`);
  fs.cpSync(LAM_DONG, dir, { recursive: true, filter: (f) => !f.endsWith('.ts') });
  edit(dir);
  return dir;
}

/** The official text of a copied folder, under its name of either kind. */
const officialText = (dir: string) => path.join(dir, 'source.txt');
const yamlOf = (dir: string) => fs.readFileSync(path.join(dir, 'definition.yaml'), 'utf8');
const lineOf = (text: string, needle: string, after = 0) => text.split('\n').findIndex((l, i) => i >= after && l.includes(needle)) + 1;

function loadError(dir: string): PlanFileError {
  try {
    loadPlanFolder(dir);
  } catch (error) {
    expect(error).toBeInstanceOf(PlanFileError);
    return error as PlanFileError;
  }
  throw new Error('the folder loaded');
}

/**
 * Plants an error in one file of a fresh copy: `change` rewrites its text, and the line that
 * the error must name is found in the changed text (`at`, a piece of that line, moved by `shift`).
 */
function planted(file: string, change: (text: string) => string, at: string, shift = 0): { e: PlanFileError; line: number } {
  let line = 0;
  const dir = copy((d) => {
    const text = change(fs.readFileSync(path.join(d, file), 'utf8'));
    line = lineOf(text, at) + shift;
    fs.writeFileSync(path.join(d, file), text);
  });
  const e = loadError(dir);
  expect(e.details).toMatchObject({ file, line });
  return { e, line };
}

const FIXTURE = 'invalid/04-bao-cao-nam-2023-de-ngay-20-11.json';

beforeAll(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'thidua-plan-files-'));
});
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

describe('loadPlanFolder', () => {
  it('reads a folder outside the repository as the registry reads the built-in one', () => {
    const plan = loadPlanFolder(copy());
    const builtIn = getPlanModule('lam-dong-2022-2025');
    expect(plan.definition).toEqual(builtIn.definition);
    expect(plan.examples).toEqual(builtIn.examples);
    expect(plan.invalid).toEqual(builtIn.invalid);
    expect(plan.exampleFiles[0]).toBe('examples/01-bao-cao-nam-2023-huyen-dam-rong.json');
    expect(plan.invalid).toHaveLength(plan.invalidFiles.length);
    expect(plan.sourceText).toContain('I. MỤC ĐÍCH, YÊU CẦU');
  });

  it('reads the official text from source.txt', () => {
    const plan = loadPlanFolder(copy());
    expect(plan.sourceFile).toBe('source.txt');
    expect(plan.sourceText).toContain('II. MỤC TIÊU, CHỈ TIÊU THI ĐUA');
  });

  it('says in Vietnamese, then English, that source.txt is missing', () => {
    const e = loadError(copy((dir) => fs.rmSync(officialText(dir))));
    expect(e.code).toBe('THIDUA_PLAN_FILE');
    expect(e.details.file).toBe('source.txt');
    expect(e.messageVi).toMatch(/^source\.txt: thư mục kế hoạch không có tệp source\.txt\. Hãy chép nguyên văn/);
    expect(e.messageEn).toMatch(/^source\.txt: the plan folder has no source\.txt/);
  });

  it('names the file and line of a YAML syntax error', () => {
    // One space too many: the key no longer lines up with its siblings.
    const { e, line } = planted('definition.yaml', (t) => t.replace('\nlegalRegime: nd91-2017', '\n legalRegime: nd91-2017'), ' legalRegime: nd91-2017');
    expect(e.messageVi).toMatch(new RegExp(`^definition\\.yaml:${line}:\\d+: .*Hãy sửa dòng này`));
  });

  it('names the file and line of a JSON syntax error in an example', () => {
    // The parser notices the missing comma where the next key starts.
    const { e } = planted('examples/01-bao-cao-nam-2023-huyen-dam-rong.json', (t) => t.replace('"kind": "report",', '"kind": "report"'), '"kind": "report"', 1);
    expect(e.messageVi).toContain('không đúng cú pháp JSON');
  });

  it('names the line of a `use:` the shared law does not have, with the names it has', () => {
    const { e } = planted('definition.yaml', (t) => t.replace('use: award-form/giay-khen', 'use: award-form/giay-khen-xa'), 'use: award-form/giay-khen-xa');
    expect(e.messageVi).toContain('“use: award-form/giay-khen-xa” không có trong luật dùng chung');
    expect(e.messageVi).toContain('award-form/giay-khen,');
  });

  it('names the patch operation of a fixture that does not apply to its base', () => {
    // The operation is placed at its opening brace, the line before its "op".
    const { e } = planted(FIXTURE, (t) => t.replace('"/header/date"', '"/header/ngay/nam"'), '"op"', -1);
    expect(e.messageVi).toContain('thao tác “patch” số 1 không áp dụng được');
  });

  it('takes a fixture\'s base from the plan folder only', () => {
    const { e } = planted(FIXTURE, (t) => t.replace('"examples/01-', '"../plan-1/examples/01-'), '"base"');
    expect(e.messageVi).toContain('“base” phải là tên một tệp trong thư mục kế hoạch');
  });

  it('locates a nested pointer of the definition at its own line', () => {
    const dir = copy();
    const plan = loadPlanFolder(dir);
    const text = yamlOf(dir);
    const group = plan.definition.participantGroups.findIndex((g) => g.id === 'cap-xa');
    const criterion = lineOf(text, '- id: c-2');
    expect(plan.locate(`/participantGroups/${group}/criteria/1/text`)).toEqual({ file: 'definition.yaml', line: criterion + 1, column: 9 });
    expect(plan.locate(`/participantGroups/${group}/criteria/1`)).toMatchObject({ line: criterion });
    // A value the shared law brought in is placed at the `use:` that brought it.
    expect(plan.locate('/awardForms/3/label')).toMatchObject({ line: lineOf(text, '- use: award-form/giay-khen') });
    expect(plan.locate('/dossier/routes/4/to/0/name')).toMatchObject({ line: lineOf(text, '  routes:') });
  });

  it('locates a fixture value at the patch operation that wrote it', () => {
    const dir = copy();
    const plan = loadPlanFolder(dir);
    const file = FIXTURE;
    const text = fs.readFileSync(path.join(dir, file), 'utf8');
    expect(plan.locate('/data/header/date', file)).toMatchObject({ file, line: lineOf(text, '"op"') - 1 });
    expect(plan.locate('/data/header/agency', file)).toMatchObject({ file, line: lineOf(text, '"base"') });
    expect(plan.locate('/expect/0/code', file)).toMatchObject({ file, line: lineOf(text, '"code"') });
  });
});

describe('use: names of the shared law', () => {
  it('the plan-files guide lists every one', () => {
    const guide = fs.readFileSync('docs/guide/plan-files.md', 'utf8');
    expect([...sharedReferences().keys()].filter((name) => !guide.includes(`\`${name}\``))).toEqual([]);
  });

  it('a computed one refuses a key it does not take, at the line of its use:', () => {
    const { e } = planted('definition.yaml', (t) => t.replace('    use: national-routes\n', '    use: national-routes\n    from: huyen\n'), 'use: national-routes');
    expect(e.messageVi).toContain('“use: national-routes” không nhận khóa from');
  });
});

describe('Lâm Đồng as plan files', () => {
  const { definition: plan, invalid } = getPlanModule('lam-dong-2022-2025');
  const { sourceText } = loadPlanFolder(LAM_DONG);

  it('quotes the purposes of mục I.1 word for word, each with its point', () => {
    const purposes = (plan as unknown as { purposes: { text: string; clause: string }[] }).purposes;
    expect(purposes.map((p) => p.clause.split('mục ')[1])).toEqual(['I.1.a', 'I.1.b', 'I.1.c', 'I.1.d']);
    // Footnote numbers glued to a word in the text ("khu vực III1") are not words of the sentence.
    const words = sourceText.replace(/(\p{L})\d+(?=[\s,.;:)])/gu, '$1');
    for (const p of purposes) expect(words).toContain(p.text);
    expect(purposes[2]!.text).toContain('hỗ trợ các xã khu vực III (xã đặc biệt khó khăn) và các thôn đặc biệt khó khăn giảm nghèo.');
  });

  it('says its legal bases are carried out (“Thực hiện”), and leaves its own number unknown, not invented', () => {
    expect(plan.document.legalBases.map((b) => (b as { kind?: string }).kind)).toEqual(['thuc-hien', 'thuc-hien', 'thuc-hien']);
    const unknowns = (plan as unknown as { unknowns: { at: string; text: string }[] }).unknowns;
    expect(unknowns.map((u) => u.at)).toContain('/document/number');
    for (const u of unknowns) {
      const field = u.at.split('/').pop()!;
      expect((plan.document as unknown as Record<string, unknown>)[field]).toBeUndefined();
    }
  });

  it('takes award forms, routes and confirmation blocks from the shared law', () => {
    const giayKhen = plan.awardForms.find((a) => a.id === 'giay-khen')!;
    expect(giayKhen).toMatchObject({ label: AWARD_FORMS.giayKhen.label, decidedBy: AWARD_FORMS.giayKhen.decidedBy, quote: '- Giấy khen.' });
    expect(giayKhen.clause).toBe('Kế hoạch ban hành kèm theo Quyết định 1479/QĐ-UBND, mục IV.2.a; Luật Thi đua, Khen thưởng 2003 (sửa đổi, bổ sung 2013); Nghị định 91/2017/NĐ-CP');
    expect(plan.dossier.confirmationBlocks).toEqual(CONFIRMATION_BLOCKS);
    expect(plan.dossier.routes.map((r) => r.id)).toEqual(['thon-qua-xa', 'xa-qua-huyen', 'giay-khen-huyen', 'giay-khen-tu-quyet-dinh', 'len-tinh']);
    expect(plan.dossier.routes.at(-1)!.to.map((a) => a.name)).toEqual(['Sở Lao động - Thương binh và Xã hội', 'Ủy ban nhân dân tỉnh']);
  });

  it('still grows the large Đam Rông dossier that its quota fixture stores', () => {
    const fixture = invalid.find((f) => f.name.startsWith('Huyện Đam Rông đề nghị 12 trường hợp'))!;
    expect(largeLamDongDossier(12)).toEqual(fixture.data);
  });
});
