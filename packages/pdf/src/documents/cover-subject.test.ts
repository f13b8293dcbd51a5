import { getExample, PLAN_MODULES } from '@thidua/plans';
import type { NominationSubmission } from '@thidua/core';
import { describe, expect, it } from 'vitest';
import { coverSubject, movementPhrase } from './cover-subject.js';
import { ownName } from './letterhead.js';
import { listsAttachments, submitsAlready } from './said-already.js';

describe('the tờ trình’s subject', () => {
  it('reads right for every plan’s example: the movement named once, quoted as the plan writes it', () => {
    const subjects = Object.fromEntries(PLAN_MODULES.map(({ definition: plan }) => {
      const d = getExample(plan.id, 'nomination') as NominationSubmission;
      return [plan.id, coverSubject(plan, d, plan.awardForms.find((a) => a.id === d.awardForm)!.label)];
    }));
    expect(subjects).toEqual({
      'binh-dinh-2021-2025': 'Về việc đề nghị tặng Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh cho tập thể, cá nhân và hộ gia đình có thành tích xuất sắc qua sơ kết phong trào thi đua “Vì người nghèo - Không để ai bị bỏ lại phía sau” giai đoạn 2021 - 2023',
      'dong-nai-2016-2020': 'Về việc đề nghị tặng Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh cho tập thể, cá nhân và hộ gia đình có thành tích xuất sắc qua tổng kết phong trào thi đua “Cả nước chung tay vì người nghèo - không để ai bị bỏ lại phía sau” giai đoạn 2016 - 2020',
      'dong-nai-so-ket-2023': 'Về việc đề nghị tặng Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh cho tập thể và cá nhân có thành tích xuất sắc qua sơ kết phong trào thi đua “Vì người nghèo - Không để ai bị bỏ lại phía sau” giai đoạn 2021 - 2023',
      'dong-nai-tdkt-2023': 'Về việc đề nghị tặng Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh cho tập thể và cá nhân có thành tích xuất sắc trong phong trào thi đua yêu nước năm 2022',
      'lam-dong-2022-2025': 'Về việc đề nghị tặng Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh cho tập thể, cá nhân và hộ gia đình có thành tích xuất sắc qua sơ kết phong trào thi đua “Vì người nghèo - Không để ai bị bỏ lại phía sau” giai đoạn 2022 - 2023',
    });
  });

  it('a title is proposed for recognition, not “tặng”', () => {
    const plan = PLAN_MODULES.find((m) => m.definition.id === 'dong-nai-tdkt-2023')!;
    const d = plan.examples.filter((e) => e.kind === 'nomination')[1]!.data as NominationSubmission;
    expect(coverSubject(plan.definition, d, 'Chiến sĩ thi đua cấp tỉnh')).toBe('Về việc đề nghị công nhận danh hiệu “Chiến sĩ thi đua cấp tỉnh” cho cá nhân có thành tích xuất sắc trong phong trào thi đua yêu nước năm 2022');
  });

  it('never says “phong trào thi đua” twice, whatever the movement’s name starts with', () => {
    expect(movementPhrase('Phong trào thi đua “Vì người nghèo”')).toBe('phong trào thi đua “Vì người nghèo”');
    expect(movementPhrase('Phong trào thi đua yêu nước năm 2023'.normalize('NFD'))).toBe('phong trào thi đua yêu nước năm 2023');
    expect(movementPhrase('Vì người nghèo')).toBe('phong trào thi đua “Vì người nghèo”');
    expect(movementPhrase('“Vì người nghèo”')).toBe('phong trào thi đua “Vì người nghèo”');
  });
});

describe('what a body already says', () => {
  it('finds “kính trình” and the attachment note whatever their case or diacritics', () => {
    expect(submitsAlready('… UBND huyện KÍNH TRÌNH Chủ tịch …')).toBe(true);
    expect(submitsAlready('… kinh trinh …'.normalize('NFD'))).toBe(true);
    expect(submitsAlready('… trình Chủ tịch UBND tỉnh …')).toBe(false);
    expect(listsAttachments('(Có danh sách và báo cáo thành tích kèm theo)')).toBe(true);
    expect(listsAttachments('… danh sách trích ngang kèm theo.')).toBe(true);
    expect(listsAttachments('… lập danh sách hộ nghèo.')).toBe(false);
  });
});

describe('a collective’s own name under its superior', () => {
  it('drops the address parts the line above situates, keeps the rest', () => {
    expect(ownName('Thôn Păng Dung, xã Phi Liêng, huyện Đam Rông', 'Ủy ban nhân dân xã Phi Liêng')).toBe('Thôn Păng Dung');
    expect(ownName('Phòng Bảo trợ xã hội, Sở Lao động - Thương binh và Xã hội tỉnh Lâm Đồng', 'Sở Lao động - Thương binh và Xã hội tỉnh Lâm Đồng')).toBe('Phòng Bảo trợ xã hội');
    expect(ownName('Hợp tác xã Nông nghiệp Ân Tường Tây', 'Ủy ban nhân dân xã Ân Tường Tây')).toBe('Hợp tác xã Nông nghiệp Ân Tường Tây');
    expect(ownName('Thôn Păng Dung, xã Phi Liêng', undefined)).toBe('Thôn Păng Dung, xã Phi Liêng');
    expect(ownName('Thôn Păng Dung\nxã Phi Liêng', 'UBND xã Phi Liêng')).toBe('Thôn Păng Dung\nxã Phi Liêng');
  });
});
