// Each check of the plan checker, proven on a copy of a real plan with exactly one planted
// error: the issue comes with its code, its Vietnamese message and the pointer to fix.
import type { PlanModule } from '@thidua/core';
import { PLAN_ISSUE_CODES, checkPlan, getPlanModule, type PlanIssue } from '@thidua/plans';
import * as validation from '@thidua/validate';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { planFolder, readPlanSource } from '../support/plan-source.js';

const LAM_DONG = 'lam-dong-2022-2025';
const SO_KET = 'dong-nai-so-ket-2023';

/** A deep copy of a real plan with one thing changed, checked with its own source.txt. */
function plant(planId: string, change: (m: any) => void, opts: { examples?: boolean; source?: boolean } = {}): PlanIssue[] {
  const mod = structuredClone(getPlanModule(planId)) as PlanModule;
  change(mod);
  const p = mod.definition;
  const sourceText = opts.source === false ? undefined : readPlanSource(planFolder(p.province.slug, p.id)).text;
  return checkPlan({ definition: p, examples: mod.examples, invalid: mod.invalid, sourceText, ...(opts.examples ? { validation } : {}) });
}

/** The one issue a planted error must raise, and nothing else. */
function only(issues: PlanIssue[]): PlanIssue {
  expect(issues.map((i) => `${i.code} ${i.pointer}: ${i.message}`), JSON.stringify(issues.map((i) => [i.code, i.pointer]))).toHaveLength(1);
  return issues[0]!;
}

describe('plan checker: the definition', () => {
  it('a quota naming a missing award form (unknown-reference)', () => {
    const i = only(plant(LAM_DONG, (m) => { m.definition.quotas[0].awardForms = ['bang-khen-khong-co']; }));
    expect(i).toMatchObject({ code: 'unknown-reference', severity: 'error', pointer: '/definition/quotas/0/awardForms/0' });
    expect(i.message).toBe('Hạn mức “so-ket-2023-thanh-pho” nêu hình thức khen thưởng “bang-khen-khong-co” không có trong awardForms. Hãy khai báo “bang-khen-khong-co” ở awardForms hoặc sửa mã cho đúng.');
    expect(i.messageEn).toBe('quota "so-ket-2023-thanh-pho" names unknown award "bang-khen-khong-co"');
  });

  it('two quotas with one id (duplicate-id)', () => {
    const i = only(plant(LAM_DONG, (m) => { m.definition.quotas[1].id = m.definition.quotas[0].id; }));
    expect(i).toMatchObject({ code: 'duplicate-id', pointer: '/definition/quotas/1/id' });
    expect(i.message).toBe('Mã hạn mức “so-ket-2023-thanh-pho” bị trùng. Hãy đặt cho mỗi hạn mức một mã riêng.');
  });

  it('an outline id that is not camelCase (id-format)', () => {
    const i = only(plant(SO_KET, (m) => { m.definition.outline.sections[0].id = 'dac-diem'; }));
    expect(i).toMatchObject({ code: 'id-format', pointer: '/definition/outline/sections/0/id' });
    expect(i.message).toContain('“dac-diem” phải viết liền kiểu camelCase');
  });

  it('a version that is not semver (version-format)', () => {
    const i = only(plant(SO_KET, (m) => { m.definition.version = '1.0'; }));
    expect(i).toMatchObject({ code: 'version-format', pointer: '/definition/version' });
    expect(i.message).toBe('Phiên bản “1.0” phải có dạng số.số.số (ví dụ “1.0.0”).');
  });

  it('one criterion id for two texts (ambiguous-id)', () => {
    const i = only(plant(LAM_DONG, (m) => {
      const [a, b] = m.definition.participantGroups;
      b.criteria[0].id = a.criteria[0].id;
    }));
    expect(i.code).toBe('ambiguous-id');
    expect(i.pointer).toBe('/definition/participantGroups/1/criteria/0/id');
    expect(i.message).toContain('được dùng cho hai nội dung khác nhau');
  });

  it('a target owner without a target (target-missing)', () => {
    const i = only(plant(LAM_DONG, (m) => {
      const ind = m.definition.indicators.find((x: any) => !x.target);
      ind.scope = { ...ind.scope, targetOf: 'province' };
    }));
    expect(i.code).toBe('target-missing');
    expect(i.pointer).toMatch(/^\/definition\/indicators\/\d+\/scope\/targetOf$/);
  });

  it('a quota for nobody, a quota without bound', () => {
    expect(only(plant(LAM_DONG, (m) => { m.definition.quotas[0].appliesTo = {}; }))).toMatchObject({ code: 'quota-applies-to-nobody', pointer: '/definition/quotas/0/appliesTo' });
    const i = only(plant(LAM_DONG, (m) => { delete m.definition.quotas[0].total; delete m.definition.quotas[0].byNomineeType; }));
    expect(i).toMatchObject({ code: 'quota-without-bound', pointer: '/definition/quotas/0' });
    expect(i.message).toContain('không đặt giới hạn nào');
  });

  it('a threshold over a figure not reported year by year (indicator-not-by-year)', () => {
    const i = only(plant(LAM_DONG, (m) => { m.definition.indicators.find((x: any) => x.id === 'tyLeNgheoDaChieu').byYear = false; }));
    expect(i).toMatchObject({ code: 'indicator-not-by-year', pointer: '/definition/thresholds/0/anyOf/0/indicator' });
    expect(i.message).toContain('hãy ghi byYear: true');
  });

  it('a baseline after the movement (baseline-after-movement)', () => {
    const i = only(plant(LAM_DONG, (m) => { m.definition.thresholds[1].anyOf[0].baselineYear = 2030; }));
    expect(i).toMatchObject({ code: 'baseline-after-movement', pointer: '/definition/thresholds/1/anyOf/0/baselineYear' });
  });

  it('a deadline date not written YYYY-MM-DD (date-format)', () => {
    const i = only(plant(SO_KET, (m) => { m.definition.deadlines[0].due = { date: '20/06/2023' }; }));
    expect(i).toMatchObject({ code: 'date-format', pointer: '/definition/deadlines/0/due/date' });
    expect(i.message).toContain('YYYY-MM-DD');
  });

  it('a filing window that runs backwards (window-backwards)', () => {
    const i = only(plant(SO_KET, (m) => { m.definition.phases[0].filed.to = '2023-01-01'; }));
    expect(i).toMatchObject({ code: 'window-backwards', pointer: '/definition/phases/0' });
  });

  it('a submitting level with no route (route-missing)', () => {
    const issues = plant(SO_KET, (m) => { m.definition.dossier.routes = m.definition.dossier.routes.filter((r: any) => !r.from.includes('huyen')); });
    expect(issues.length).toBeGreaterThan(0);
    for (const i of issues) expect(i.code).toBe('route-missing');
    expect(issues[0]!.pointer).toMatch(/^\/definition\/dossier\/submitterUnitTypes\/\d+$/);
    expect(issues[0]!.message).toContain('không có tuyến trình nào');
  });

  it('an award form for nobody (award-without-nominee-type)', () => {
    const i = only(plant(SO_KET, (m) => { m.definition.awardForms[0].nomineeTypes = []; }));
    expect(i).toMatchObject({ code: 'award-without-nominee-type', pointer: '/definition/awardForms/0/nomineeTypes' });
  });

  it('decomposed Vietnamese text (not-nfc)', () => {
    const i = only(plant(SO_KET, (m) => { m.definition.titleEn = 'Review of “Vì người nghèo”'.normalize('NFD'); }));
    expect(i).toMatchObject({ code: 'not-nfc', pointer: '/definition/titleEn' });
    expect(i.message).toContain('không ở dạng NFC');
  });

  it('point letters out of Vietnamese order (letter-order), and f (letter-not-vietnamese)', () => {
    // Đề cương III.1 prints a) b) c) d) đ): swapping two gives d) before c).
    let i = only(plant(SO_KET, (m) => {
      const pts = m.definition.outline.sections[2].children[0].children;
      [pts[2].number, pts[3].number] = [pts[3].number, pts[2].number];
    }));
    expect(i).toMatchObject({ code: 'letter-order', pointer: '/definition/outline/sections/2/children/0/children/3/number' });
    expect(i.message).toBe('Mục “c)” đứng sau mục “d)”: các điểm phải theo thứ tự a b c d đ e g h i k … (sau “d)” là “đ)”). Hãy sửa số mục cho đúng văn bản.');
    i = only(plant(SO_KET, (m) => { m.definition.outline.sections[2].children[0].children[4].number = 'f)'; }));
    expect(i).toMatchObject({ code: 'letter-not-vietnamese', pointer: '/definition/outline/sections/2/children/0/children/4/number' });
    expect(i.message).toContain('(có lẽ là “đ)”)');
  });

  it('a field said unknown but filled in (unknown-but-present)', () => {
    const i = only(plant(SO_KET, (m) => { m.definition.unknowns = [{ at: '/document/number', text: 'Văn bản không ghi số và ký hiệu.' }]; }));
    expect(i).toMatchObject({ code: 'unknown-but-present', pointer: '/definition/document/number' });
    expect(i.message).toContain('đừng tự điền');
    expect(plant(SO_KET, (m) => { m.definition.unknowns = [{ at: '/document/signer/fullName', text: 'Bản sao không ghi.' }]; delete m.definition.document.signer.fullName; })).toEqual([]);
  });
});

describe('plan checker: citations of the plan text', () => {
  it('a dash bullet the point does not have (citation-unresolved)', () => {
    const i = only(plant(LAM_DONG, (m) => { m.definition.thresholds[0].clause = 'Kế hoạch ban hành kèm theo Quyết định 1479/QĐ-UBND, mục IV.1.c, gạch đầu dòng thứ ba'; }));
    expect(i).toMatchObject({ code: 'citation-unresolved', pointer: '/definition/thresholds/0/clause' });
    expect(i.message).toBe('Trích dẫn “mục IV.1.c, gạch đầu dòng thứ 3” (trong “Kế hoạch ban hành kèm theo Quyết định 1479/QĐ-UBND, mục IV.1.c, gạch đầu dòng thứ ba”) không tìm thấy trong văn bản kế hoạch: mục IV.1.c có 2 gạch đầu dòng. Hãy sửa trích dẫn cho đúng chỗ trong source.txt, hoặc chép lại đoạn văn bản bị thiếu.');
  });

  it('a part the text does not have', () => {
    const i = only(plant(SO_KET, (m) => { m.definition.phases[0].clause = 'Kế hoạch 148/KH-UBND, mục III.5'; }));
    expect(i.code).toBe('citation-unresolved');
    expect(i.message).toContain('mục III chỉ có các mục 1, 2, 3, 4, không có “5”');
  });

  it('the law is not looked up in the plan text', () => {
    expect(plant(SO_KET, (m) => { m.definition.phases[0].clause = 'Kế hoạch 148/KH-UBND, mục III.1; Luật Thi đua, Khen thưởng 2022, Điều 99, khoản 7'; })).toEqual([]);
  });

  it('a quote that is not in the place its clause cites (quote-outside-citation)', () => {
    // The sơ kết quota of Huyện Đam Rông quotes IV.2.c; pointing it at IV.2.b is a wrong citation that still resolves.
    const i = only(plant(LAM_DONG, (m) => { m.definition.quotas[2].clause = 'Kế hoạch ban hành kèm theo Quyết định 1479/QĐ-UBND, mục IV.2.b'; }));
    expect(i).toMatchObject({ code: 'quote-outside-citation', pointer: '/definition/quotas/2/clause' });
    expect(i.message).toMatch(/nằm ở dòng 78 của source\.txt, ngoài chỗ điều khoản trích dẫn \(mục IV\.2\.b\)/);
  });

  it("a quote that is not the plan's words (quote-not-in-source)", () => {
    const i = only(plant(LAM_DONG, (m) => { m.definition.quotas[2].quote = m.definition.quotas[2].quote.replace('không quá 04', 'không quá 06'); }));
    expect(i).toMatchObject({ code: 'quote-not-in-source', pointer: '/definition/quotas/2/quote' });
    expect(i.message).toMatch(/^Câu trích “\+ Huyện, thành phố lựa chọn .*” không khớp văn bản kế hoạch \(source\.txt\) \(từ chữ “06 trường hợp\.”\)\. Câu trích phải chép đúng từng chữ/);
    // A purpose bullet is the plan's words too, and a reading may leave words out with "…".
    expect(plant(SO_KET, (m) => {
      m.definition.purposes = [{ text: 'Rút ra những bài học kinh nghiệm, xác định mục tiêu, nội dung và các giải pháp tiếp tục đẩy mạnh Phong trào thi đua đến năm 2025.', clause: 'Kế hoạch 148/KH-UBND, mục I.1.c' }];
      m.definition.readings[0] = { ...m.definition.readings[0], text: 'Đánh giá quá trình triển khai … trong 03 năm (2021 - 2023).', clause: 'Kế hoạch 148/KH-UBND, mục I.1.a' };
    }).map((x) => x.message)).toEqual([]);
    expect(only(plant(SO_KET, (m) => { m.definition.purposes = [{ text: 'Đánh giá quá trình triển khai.', clause: 'Kế hoạch 148/KH-UBND, mục I.1.a' }]; }))).toMatchObject({ code: 'quote-not-in-source', pointer: '/definition/purposes/0/text' });
  });

  it('no source.txt (source-missing)', () => {
    const i = only(plant(SO_KET, () => {}, { source: false }));
    expect(i).toMatchObject({ code: 'source-missing', pointer: '' });
    expect(i.message).toContain('thiếu source.txt');
  });
});

describe('plan checker: examples and invalid fixtures', () => {
  it('an example that does not validate (example-invalid)', () => {
    const i = only(plant(SO_KET, (m) => { m.examples[0].data.header.agency = ''; }, { examples: true }));
    expect(i.code).toBe('example-invalid');
    expect(i.pointer).toMatch(/^\/examples\/0\/data\/header\/agency$/);
    expect(i.message).toMatch(/^Ví dụ “.+” không hợp lệ: .+ Hãy sửa ví dụ/);
  });

  it('an example with a warning (example-warning)', () => {
    // Lâm Đồng's fixture 8 misses a target: only a warning, so as an example it warns.
    const i = only(plant(LAM_DONG, (m) => { m.examples.push({ ...m.invalid[8], expect: undefined }); }, { examples: true }));
    expect(i).toMatchObject({ code: 'example-warning', severity: 'warning', pointer: '/examples/5/data/sections/giamNgheo/indicators/mucGiamTyLeNgheoDaChieu' });
  });

  it('no example of a kind (example-missing)', () => {
    const i = only(plant(SO_KET, (m) => { m.examples = m.examples.filter((e: any) => e.kind !== 'nomination'); }, { examples: true }));
    expect(i).toMatchObject({ code: 'example-missing', pointer: '/examples' });
    expect(i.message).toContain('chưa có ví dụ hồ sơ đề nghị khen thưởng');
  });

  it('a fixture that fails with another code than it says (fixture-code-missing)', () => {
    const i = only(plant(LAM_DONG, (m) => { m.invalid[10].expect[0].code = 'quota-min'; }, { examples: true }));
    expect(i).toMatchObject({ code: 'fixture-code-missing', pointer: '/invalid/10/expect/0' });
    expect(i.message).toContain('phải gây lỗi “quota-min” tại /nominees nhưng không gây (kết quả: quota-max /nominees');
  });

  it('a fixture that does not fail (fixture-valid)', () => {
    const issues = plant(SO_KET, (m) => { m.invalid[0].data = structuredClone(m.examples.find((e: any) => e.kind === 'report').data); }, { examples: true });
    expect(issues.map((i) => `${i.code} ${i.pointer}`)).toEqual(['fixture-code-missing /invalid/0/expect/0', 'fixture-valid /invalid/0']);
    expect(issues[1]!.message).toContain('lại hợp lệ: nó phải bị từ chối');
  });

  it('a fixture expecting a clause the issue does not cite (fixture-clause-missing)', () => {
    const i = only(plant(SO_KET, (m) => { m.invalid[0].expect[0].clause = true; }, { examples: true }));
    expect(i).toMatchObject({ code: 'fixture-clause-missing', pointer: '/invalid/0/expect/0/clause' });
  });

  it('a definition the schema builder refuses (schema-build-failed)', () => {
    const issues = plant(SO_KET, (m) => { m.definition.outline.sections[2].children[0].children[0].indicators = ['khongCo']; }, { examples: true });
    expect(issues.map((i) => i.code)).toEqual(expect.arrayContaining(['unknown-reference', 'schema-build-failed']));
    expect(issues.find((i) => i.code === 'schema-build-failed')!.pointer).toBe('/definition');
  });
});

describe('plan checker: where', () => {
  it('asks locate for the pointer, then its parents', () => {
    const mod = getPlanModule(LAM_DONG);
    const def = structuredClone(mod.definition) as any;
    def.quotas[0].awardForms = ['khong-co'];
    const asked: string[] = [];
    const issues = checkPlan({
      definition: def, sourceText: readPlanSource(planFolder('lam-dong', LAM_DONG)).text,
      locate: (p) => { asked.push(p); return p === '/definition/quotas/0' ? { file: 'definition.yaml', line: 412 } : undefined; },
    });
    expect(issues).toMatchObject([{ code: 'unknown-reference', file: 'definition.yaml', line: 412, pointer: '/definition/quotas/0/awardForms/0' }]);
    expect(asked.slice(0, 3)).toEqual(['/definition/quotas/0/awardForms/0', '/definition/quotas/0/awardForms', '/definition/quotas/0']);
  });

  it('every issue code is documented in the guide', () => {
    const guide = readFileSync(new URL('../../docs/guide/plan-definition.md', import.meta.url), 'utf8');
    const section = guide.slice(guide.indexOf('## 21. Checking a plan'));
    expect(section.length).toBeGreaterThan(100);
    for (const code of PLAN_ISSUE_CODES) expect(section, code).toContain(`\`${code}\``);
  });
});
