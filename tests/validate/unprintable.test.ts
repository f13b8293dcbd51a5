// Only printable text is accepted: a character the official PDF would print as an empty box,
// or not at all, is refused with its code and position; text the user typed is quoted in
// messages between Unicode isolates, so a U+202E in a name cannot reverse the message.
import { validate } from '@thidua/validate';
import { describe, expect, it } from 'vitest';
import { example } from './helpers.js';

const NOMINATION = 'lam-dong-2022-2025';
const REPORT = 'dong-nai-so-ket-2023';
const FSI = '\u2068';
const PDI = '\u2069';

function individual(data: any): number {
  const i = data.nominees.findIndex((n: any) => n.type === 'individual');
  expect(i).toBeGreaterThanOrEqual(0);
  return i;
}

/** Every message of a result, errors and warnings. */
const messages = (r: ReturnType<typeof validate>) => [...r.errors, ...r.warnings].map((e) => e.message);

describe('unprintable characters', () => {
  it('refuse the name that printed as "Trần Thị ☃☃ ☃ ☃ Ж", naming the field, the character and its position', () => {
    const data = example(NOMINATION, 'nomination');
    const i = individual(data);
    data.nominees[i].profile.fullName = 'Trần Thị 中文 ☃ 𝕏 Ж';
    const r = validate(NOMINATION, 'nomination', data);
    expect(r.ok).toBe(false);
    const e = r.errors.find((x) => x.path === `/nominees/${i}/profile/fullName`);
    expect(e?.code).toBe('unprintable-character');
    expect(e?.severity).toBe('error');
    expect(e?.params).toMatchObject({ codePoint: 'U+4E2D', position: 10, reason: 'no-glyph' });
    expect(e?.message).toBe(
      `«Họ và tên (ghi đầy đủ)» (Danh sách đề nghị khen thưởng › mục ${i + 1} – ${FSI}Trần Thị 中文 ☃ 𝕏 Ж${PDI} › I. Sơ lược lý lịch): ` +
      `Ký tự U+4E2D “${FSI}中${PDI}” ở vị trí 10 là ký tự mà phông chữ không có, không in được: xóa hoặc thay ký tự này.`,
    );
    const en = validate(NOMINATION, 'nomination', data, { lang: 'en' }).errors.find((x) => x.path === e!.path);
    expect(en?.message).toContain(`: Character U+4E2D “${FSI}中${PDI}” at position 10 is missing from the document font and cannot be printed: delete or replace it.`);
  });

  it('refuse an emoji, a lone surrogate and a noncharacter in a report paragraph', () => {
    const data = example(REPORT, 'report');
    const key = Object.keys(data.sections)[0]!;
    for (const [text, code, position, reason] of [
      ['Đạt 100% 😀 chỉ tiêu', 'U+1F600', 10, 'no-glyph'],
      ['Đạt\ud800 chỉ tiêu', 'U+D800', 4, 'surrogate'],
      ['Đạt\uffff chỉ tiêu', 'U+FFFF', 4, 'noncharacter'],
      ['Đạt � chỉ tiêu', 'U+FFFD', 5, 'replacement'],
    ] as const) {
      data.sections[key].text = text;
      const e = validate(REPORT, 'report', data).errors.find((x) => x.path === `/sections/${key}/text`);
      expect(e?.code, text).toBe('unprintable-character');
      expect(e?.params, text).toMatchObject({ codePoint: code, position, reason });
    }
  });

  it('never echo an invisible character: controls, bidi and format characters are named by code and kind', () => {
    const data = example(REPORT, 'report');
    const cases = [
      ['\u0001', 'ký tự điều khiển (không nhìn thấy)'],
      ['\u202e', 'ký tự điều khiển hướng chữ'],
      ['\u2067', 'ký tự điều khiển hướng chữ'],
      ['\u200b', 'ký tự định dạng ẩn'],
      ['\u0301', 'dấu phụ rời'],
      ['\ue000', 'ký tự vùng dùng riêng'],
    ] as const;
    for (const [ch, kind] of cases) {
      data.header.agency = `Ủy ban nhân dân ${ch}huyện Xuân Lộc`;
      const e = validate(REPORT, 'report', data).errors.find((x) => x.path === '/header/agency');
      const code = `U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
      expect(e?.code, code).toBe('unprintable-character');
      expect(e?.message, code).toContain(`Ký tự ${code} ở vị trí 17 là ${kind}`);
      expect(e?.message.includes(ch), code).toBe(false);
    }
    // A visible letter is shown, isolated: a Hebrew letter cannot reorder the message either.
    data.header.agency = 'Ủy ban nhân dân \u05d0huyện Xuân Lộc';
    const e = validate(REPORT, 'report', data).errors.find((x) => x.path === '/header/agency');
    expect(e?.message).toContain(`Ký tự U+05D0 “${FSI}\u05d0${PDI}” ở vị trí 17 là chữ viết từ phải sang trái`);
  });

  it('accept Vietnamese, Latin, Greek, Cyrillic, symbols, tabs, line breaks and spaces of every width', () => {
    const data = example(REPORT, 'report');
    const key = Object.keys(data.sections)[0]!;
    data.sections[key].text = 'Đoạn một: Müller & François, Ωμέγα, Жуков; € 1.000, ± 5%, ½, № 3, “—”.\r\n\tĐoạn hai\u00a0có\u2009dấu\u3000cách.';
    data.header.agency = 'Ủy ban nhân dân huyện Xuân Lộc'.normalize('NFD');
    const r = validate(REPORT, 'report', data);
    expect(r.errors).toEqual([]);
    expect(r.ok).toBe(true);
  });

  it('report one issue per string, at the first bad character, and stop at maxIssues', () => {
    const data = example(NOMINATION, 'nomination');
    const i = individual(data);
    data.nominees[i].summary = 'a\u0007b\u0007c';
    const at = validate(NOMINATION, 'nomination', data).errors.filter((x) => x.path === `/nominees/${i}/summary`);
    expect(at.map((x) => [x.code, x.params?.['position']])).toEqual([['unprintable-character', 2]]);

    const many = example(REPORT, 'report');
    many.extra = Array.from({ length: 20_000 }, () => 'x\u0001');
    const t0 = performance.now();
    const r = validate(REPORT, 'report', many, { maxIssues: 10 });
    expect(performance.now() - t0).toBeLessThan(2_000);
    expect(r.errors).toHaveLength(10);
    expect(r.truncated).toBe(true);
  });
});

describe('text the user typed, quoted in messages', () => {
  it('is isolated, so a U+202E in a nominee’s name cannot reverse the rest of the summary line', () => {
    const data = example(NOMINATION, 'nomination');
    const i = individual(data);
    data.nominees[i].profile.fullName = 'Nguyễn Văn \u202eA';
    data.nominees[i].profile.birthDate = '1985-13-40';
    const r = validate(NOMINATION, 'nomination', data);
    const date = r.errors.find((x) => x.path === `/nominees/${i}/profile/birthDate`);
    expect(date?.message).toBe(`«Ngày, tháng, năm sinh» (Danh sách đề nghị khen thưởng › mục ${i + 1} – ${FSI}Nguyễn Văn \ufffdA${PDI} › I. Sơ lược lý lịch): Nhập ngày có thật theo dạng năm-tháng-ngày, ví dụ 2024-02-28.`);
    for (const m of messages(r)) {
      // No bidi control but the isolates, and every isolate closed before the line goes on.
      expect(m.replace(/[\u2068\u2069]/g, ''), m).not.toMatch(/\p{Bidi_Control}/u);
      let open = 0;
      for (const ch of m) {
        if (ch === FSI) open++;
        if (ch === PDI) open--;
        expect(open, m).toBeGreaterThanOrEqual(0);
      }
      expect(open, m).toBe(0);
    }
  });

  it('is isolated wherever it is quoted: unknown keys, duplicate ids, unit names, legacy-encoding suggestions', () => {
    const data = example(NOMINATION, 'nomination');
    data.header['\u202efax'] = '1';
    data.nominees[1].id = data.nominees[0].id;
    const r = validate(NOMINATION, 'nomination', data);
    const key = r.errors.find((x) => x.code === 'additionalProperties');
    expect(key?.message).toBe(`«Thông tin văn bản»: Mục “${FSI}\ufffdfax${PDI}” không thuộc mẫu hồ sơ: xóa mục này.`);
    const dup = r.errors.find((x) => x.code === 'duplicate-id');
    expect(dup?.message).toContain(`Mã “${FSI}${data.nominees[0].id}${PDI}” trùng với mục 1`);

    const quota = example(NOMINATION, 'nomination');
    quota.nominees = [...quota.nominees, ...quota.nominees.map((n: any) => ({ ...n, id: `${n.id}-2` }))];
    const q = validate(NOMINATION, 'nomination', quota).errors.find((x) => x.code === 'quota-max');
    expect(q?.message).toContain(`«Danh sách đề nghị khen thưởng»: ${FSI}${quota.header.agency}${PDI} được đề nghị không quá`);

    const legacy = example(REPORT, 'report');
    legacy.header.agency = 'Uû ban nh©n d©n huyÖn Xu©n Léc';
    const l = validate(REPORT, 'report', legacy).errors.find((x) => x.code === 'legacy-encoding');
    expect(l?.message).toContain(`có thể là: “${FSI}Uỷ ban nhân dân huyện Xuân Lộc${PDI}”.`);
  });

  it('is cut by characters, never in the middle of a surrogate pair', () => {
    const data = example(NOMINATION, 'nomination');
    const i = individual(data);
    data.nominees[i].profile.fullName = 'A' + '😀'.repeat(100);
    data.nominees[i].profile.birthDate = 'x';
    const e = validate(NOMINATION, 'nomination', data).errors.find((x) => x.path === `/nominees/${i}/profile/birthDate`);
    expect(e?.message).toContain(`mục ${i + 1} – ${FSI}A${'😀'.repeat(59)}…${PDI}`);
    expect(e?.message.isWellFormed()).toBe(true);
  });
});
