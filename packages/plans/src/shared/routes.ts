// Who proposes which award to whom, as national law says where a plan is silent: each level
// proposes to the level that manages it, so a commune's dossier reaches the province through
// its district; Giấy khen is decided by the district chairman or by the head of the proposing
// body itself, never by the province.
// Plans put their own routes first and these after (first match wins).

import type { Addressee, Clause, Route } from '@thidua/core';
import { AWARD_FORMS } from './law.js';

/** Authority to decide and to propose awards, in both laws a 2016–2025 plan may fall under. */
export const LAW_ROUTE_CLAUSE: Clause =
  'Luật Thi đua, Khen thưởng 2003 (sửa đổi, bổ sung 2013), Điều 77–80; Luật Thi đua, Khen thưởng 2022, Điều 80, 83';

export const UBND_TINH: Addressee = {
  name: 'Ủy ban nhân dân tỉnh',
  aliases: ['UBND tỉnh', 'Hội đồng Thi đua - Khen thưởng tỉnh', 'Hội đồng TĐKT tỉnh'],
};
export const SO_NOI_VU: Addressee = {
  name: 'Sở Nội vụ',
  aliases: ['Ban Thi đua - Khen thưởng tỉnh', 'Ban TĐKT tỉnh'],
};
export const SO_LDTBXH: Addressee = {
  name: 'Sở Lao động - Thương binh và Xã hội',
  aliases: ['Sở LĐTBXH', 'Sở LĐ-TB&XH', 'Sở LĐ-TBXH'],
};
export const UBND_HUYEN: Addressee = {
  name: 'Ủy ban nhân dân huyện',
  aliases: [
    'Ủy ban nhân dân thị xã', 'Ủy ban nhân dân thành phố',
    'UBND huyện', 'UBND thị xã', 'UBND thành phố',
    'Hội đồng Thi đua - Khen thưởng huyện', 'Hội đồng Thi đua - Khen thưởng thị xã', 'Hội đồng Thi đua - Khen thưởng thành phố',
    'Phòng Nội vụ',
  ],
};
export const UBND_XA: Addressee = {
  name: 'Ủy ban nhân dân xã',
  aliases: ['Ủy ban nhân dân phường', 'Ủy ban nhân dân thị trấn', 'UBND xã', 'UBND phường', 'UBND thị trấn'],
};

export interface ProvinceIntake {
  /** Who receives dossiers at the province, as the plan names them. */
  to: Addressee[];
  /** The plan's clause naming them, cited before the law. */
  clause?: Clause;
  /** The plan's clause on awards given "theo thẩm quyền" (Giấy khen), when it has one. */
  ownAwardClause?: Clause;
  /** How the plan's wording was read, when it names the intake in its own way; replaces the national rule's text. */
  text?: string;
  textEn?: string;
}

/** National routes around the province's intake: villages through communes, communes through districts. */
export function nationalRoutes(intake: ProvinceIntake): Route[] {
  const cite = (plan: Clause | undefined) => (plan ? `${plan}; ${LAW_ROUTE_CLAUSE}` : LAW_ROUTE_CLAUSE);
  return [
    {
      id: 'thon-qua-xa',
      from: ['thon'],
      to: [UBND_XA],
      text: 'Thôn, ấp, khu phố đề nghị khen thưởng qua Ủy ban nhân dân cấp xã',
      textEn: 'A village or neighbourhood proposes through the commune People’s Committee',
      clause: LAW_ROUTE_CLAUSE,
    },
    {
      id: 'xa-qua-huyen',
      from: ['xa'],
      to: [UBND_HUYEN],
      text: 'Hồ sơ của cấp xã trình Ủy ban nhân dân cấp huyện; khen thưởng cấp tỉnh trở lên do cấp huyện xét, trình tiếp lên tỉnh',
      textEn: 'A commune files with the district People’s Committee; provincial and higher awards reach the province through the district',
      clause: LAW_ROUTE_CLAUSE,
    },
    {
      id: 'giay-khen-huyen',
      from: ['huyen'],
      awardForms: [AWARD_FORMS.giayKhen.id],
      to: [UBND_HUYEN],
      text: 'Giấy khen do Chủ tịch Ủy ban nhân dân cấp huyện quyết định theo thẩm quyền: hồ sơ trình Chủ tịch Ủy ban nhân dân cấp huyện, không trình lên tỉnh',
      textEn: 'The district chairman decides a Certificate of Commendation: the dossier goes to the district chairman, not to the province',
      clause: cite(intake.ownAwardClause),
    },
    {
      id: 'giay-khen-tu-quyet-dinh',
      from: ['so-nganh', 'doan-the-tinh', 'trung-uong', 'doanh-nghiep', 'tinh'],
      awardForms: [AWARD_FORMS.giayKhen.id],
      to: [],
      text: 'Giấy khen do thủ trưởng cơ quan, đơn vị, doanh nghiệp quyết định theo thẩm quyền, không trình lên tỉnh',
      textEn: 'A Certificate of Commendation is decided by the head of the agency, unit or enterprise itself, not filed with the province',
      clause: cite(intake.ownAwardClause),
    },
    {
      id: 'len-tinh',
      from: ['huyen', 'so-nganh', 'doan-the-tinh', 'trung-uong', 'doanh-nghiep', 'tinh'],
      to: intake.to,
      text: intake.text ?? 'Cấp huyện, sở, ban, ngành, đoàn thể tỉnh và đơn vị trên địa bàn trình Chủ tịch Ủy ban nhân dân tỉnh; khen thưởng của Thủ tướng Chính phủ, cấp Nhà nước do Chủ tịch Ủy ban nhân dân tỉnh đề nghị',
      textEn: intake.textEn ?? 'Districts, provincial departments, organisations and units in the province file with the provincial chairman, who proposes Prime Minister’s and State awards',
      clause: cite(intake.clause),
    },
  ];
}
