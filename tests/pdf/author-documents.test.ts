// Each document of a dossier as its author writes it: the letterhead
// of who wrote it, a tờ trình whose subject names award, movement and round and that says
// nothing twice, agencies in sentence case inside sentences, and the council's minutes as the
// national template has them. Everything is read back from the PDF with pdftotext.
import { getExample, PLAN_MODULES } from '@thidua/plans';
import { renderSubmission } from '@thidua/pdf/node';
import { beforeAll, describe, expect, it } from 'vitest';
import { normalizeText, pdfText } from './tools.js';

const LD = 'lam-dong-2022-2025';
const PLANS = ['lam-dong-2022-2025', 'binh-dinh-2021-2025', 'dong-nai-so-ket-2023', 'dong-nai-2016-2020', 'dong-nai-tdkt-2023'];

/** The dossier's documents, in order, each as the normalised text of its pages. */
async function documents(planId: string, data: unknown): Promise<string[]> {
  const pages = pdfText(await renderSubmission(planId, 'nomination', data)).split('\f').map(normalizeText);
  const docs: string[] = [];
  for (const page of pages) {
    if (!page) continue;
    if (page.includes('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM') || page.startsWith('DANH SÁCH ĐỀ NGHỊ')) docs.push(page);
    else docs[docs.length - 1] += ` ${page}`;
  }
  return docs;
}

/** What a document prints above its type line ("TỜ TRÌNH", "BÁO CÁO THÀNH TÍCH", …). */
const letterhead = (doc: string, type: string) => doc.slice(0, doc.indexOf(type));
const count = (text: string, phrase: RegExp) => (text.match(new RegExp(phrase.source, 'giu')) ?? []).length;

describe('letterheads by author', () => {
  // nominationDamRong2023: a commune, an official, a village, a household (Ủy ban nhân dân huyện Đam Rông submits).
  let docs: string[];
  beforeAll(async () => { docs = await documents(LD, getExample(LD, 'nomination')); });

  it('the tờ trình keeps the submitting unit under its superior', () => {
    const head = letterhead(docs[0]!, 'TỜ TRÌNH');
    expect(head).toContain('UBND TỈNH LÂM ĐỒNG');
    expect(head).toContain('ỦY BAN NHÂN DÂN HUYỆN ĐAM RÔNG');
  });

  it('the minutes are headed by the council under the submitting agency, never the province', () => {
    const head = letterhead(docs[2]!, 'BIÊN BẢN');
    expect(head).toContain('ỦY BAN NHÂN DÂN HUYỆN ĐAM RÔNG');
    expect(head).toContain('HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG HUYỆN ĐAM RÔNG');
    expect(head).not.toContain('TỈNH');
  });

  it('a collective’s report: the collective under its direct superior, without repeating the address the line above gives', () => {
    const commune = letterhead(docs[3]!, 'BÁO CÁO THÀNH TÍCH');
    expect(commune).toMatch(/^ỦY BAN NHÂN DÂN HUYỆN ĐAM RÔNG ỦY BAN NHÂN DÂN XÃ ĐẠ TÔNG CỘNG HÒA/u);
    const village = letterhead(docs[5]!, 'BÁO CÁO THÀNH TÍCH');
    expect(village).toMatch(/^ỦY BAN NHÂN DÂN XÃ PHI LIÊNG THÔN PĂNG DUNG CỘNG HÒA/u);
    expect(village).not.toContain('ĐAM RÔNG');
  });

  it('an individual’s and a household’s report: the national name and motto alone, then place and date', () => {
    for (const k of [4, 6]) {
      expect(letterhead(docs[k]!, 'BÁO CÁO THÀNH TÍCH'), `document ${k}`).toMatch(/^CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc [^,]+, ngày \d\d tháng \d+ năm \d{4} $/u);
    }
  });

  it('a collective without a superior in the data: its own name alone, never the submitting unit', async () => {
    const d = getExample(LD, 'nomination') as any;
    delete d.nominees[0].profile.superior;
    const head = letterhead((await documents(LD, d))[3]!, 'BÁO CÁO THÀNH TÍCH');
    expect(head).toMatch(/^ỦY BAN NHÂN DÂN XÃ ĐẠ TÔNG, HUYỆN ĐAM RÔNG CỘNG HÒA/u);
  });
});

describe('the tờ trình in words from the data', () => {
  const byPlan = new Map<string, string>();
  beforeAll(async () => {
    for (const id of PLANS) byPlan.set(id, (await documents(id, getExample(id, 'nomination')))[0]!);
  });

  it('its subject names the award, who is proposed, the movement and the round, in every plan', () => {
    for (const id of PLANS) {
      const plan = PLAN_MODULES.find((m) => m.definition.id === id)!.definition;
      const d = getExample(id, 'nomination') as any;
      const doc = byPlan.get(id)!;
      const subject = doc.slice(doc.indexOf('TỜ TRÌNH') + 'TỜ TRÌNH'.length, doc.indexOf('Kính gửi'));
      const award = plan.awardForms.find((a) => a.id === d.awardForm)!.label;
      expect(subject, id).toContain(award);
      expect(subject, id).toMatch(/cho (tập thể|cá nhân|hộ gia đình)/u);
      expect(subject, id).toMatch(/phong trào thi đua/u);
      expect(subject, id).not.toMatch(/phong trào thi đua[“" ]*phong trào thi đua/iu);
      const phase = plan.phases.find((p) => p.id === d.phase)!;
      expect(subject, id).toMatch(new RegExp(String(phase.covers?.to ?? phase.year ?? plan.movement.to)));
    }
  });

  it('lam-dong: “… qua sơ kết phong trào thi đua “Vì người nghèo - Không để ai bị bỏ lại phía sau” giai đoạn 2022 - 2023”', () => {
    const doc = byPlan.get(LD)!;
    expect(doc).toContain('Về việc đề nghị tặng Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh cho tập thể, cá nhân và hộ gia đình có thành tích xuất sắc qua sơ kết phong trào thi đua “Vì người nghèo - Không để ai bị bỏ lại phía sau” giai đoạn 2022 - 2023');
  });

  it('the subject never ends in a one-word line', async () => {
    for (const id of PLANS) {
      const lines = pdfText(await renderSubmission(id, 'nomination', getExample(id, 'nomination')), { layout: true, first: 1, last: 1 }).split('\n').map((l) => l.trim());
      const from = lines.findIndex((l) => l === 'TỜ TRÌNH');
      const to = lines.findIndex((l, i) => i > from && !l);
      for (const l of lines.slice(from + 1, to)) expect(l.split(/\s+/u).length, `${id}: “${l}”`).toBeGreaterThan(1);
    }
  });

  it('says “kính trình” and “có danh sách … kèm theo” once, whether or not the body already says them', () => {
    for (const id of PLANS) {
      const doc = byPlan.get(id)!;
      expect(count(doc, /kính trình/), id).toBe(1);
      expect(count(doc, /có danh sách/), id).toBe(1);
    }
  });

  it('adds the closing and attachment lines a body lacks, the agency in sentence case inside sentences', async () => {
    const d = getExample(LD, 'nomination') as any;
    d.header.agency = 'ỦY BAN NHÂN DÂN HUYỆN ĐAM RÔNG';
    d.coverLetter.body = 'Ủy ban nhân dân huyện Đam Rông đã tổ chức sơ kết Phong trào thi đua năm 2023.';
    const docs = await documents(LD, d);
    expect(docs[0]).toContain('(Có danh sách, biên bản họp Hội đồng Thi đua - Khen thưởng và báo cáo thành tích kèm theo).');
    expect(docs[0]).toContain('Ủy ban nhân dân huyện Đam Rông kính trình Chủ tịch Ủy ban nhân dân tỉnh Lâm Đồng xem xét, quyết định./.');
    expect(count(docs[0]!, /kính trình/)).toBe(1);
    // The letterhead keeps its capitals; the danh sách's line refers to the tờ trình in running text.
    expect(letterhead(docs[0]!, 'TỜ TRÌNH')).toContain('ỦY BAN NHÂN DÂN HUYỆN ĐAM RÔNG');
    expect(docs[1]).toMatch(/\(Kèm theo Tờ trình số \S+ ngày \d\d\/\d\d\/\d{4} của Ủy ban nhân dân huyện Đam Rông\)/u);
  });
});

describe('the council’s minutes as the national template has them', () => {
  it('print the counting board of a secret ballot, the discussion, the conclusion and “Lưu”', async () => {
    const minutes = (await documents(LD, getExample(LD, 'nomination')))[2]!;
    expect(minutes).toContain('Hình thức: Bỏ phiếu kín Ban kiểm phiếu: Trần Văn Nam (Trưởng ban); Liêng Jrang K’Hoa (Thành viên); Lê Đức Thịnh (Thành viên)');
    expect(minutes).toMatch(/Ý kiến thảo luận của các thành viên Hội đồng: Các thành viên Hội đồng thống nhất/u);
    expect(minutes).toMatch(/Kết luận: Hội đồng thống nhất đề nghị/u);
    expect(minutes).toMatch(/Nơi nhận: - Lưu: VT, Hồ sơ\.$/u);
    // Order of the template: board before the count, discussion before the conclusion, Lưu last.
    expect(minutes.indexOf('Ban kiểm phiếu')).toBeLessThan(minutes.indexOf('Kết quả kiểm phiếu'));
    expect(minutes.indexOf('Ý kiến thảo luận')).toBeLessThan(minutes.indexOf('Kết luận'));
  });

  it('leave a gap “…” for a secret ballot’s missing board, and no board line for a show of hands', async () => {
    const d = getExample(LD, 'nomination') as any;
    delete d.councilMinutes.countingBoard;
    delete d.councilMinutes.discussion;
    const minutes = (await documents(LD, d))[2]!;
    expect(minutes).toContain('Ban kiểm phiếu: … Kết quả kiểm phiếu');
    expect(minutes).not.toContain('Ý kiến thảo luận');
    d.councilMinutes.votingMethod = 'bieu-quyet';
    delete d.councilMinutes.ballots;
    expect((await documents(LD, d))[2]).not.toContain('Ban kiểm phiếu');
  });
});
