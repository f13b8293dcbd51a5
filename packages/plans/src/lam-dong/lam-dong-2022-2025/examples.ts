// Large dossiers for benchmarks and tests, grown from the plan's own example
// examples/02-so-ket-2023-huyen-dam-rong.json (its four nominees, repeated with other names of
// huyện Đam Rông's communes, villages, officials and households).

import type { CollectiveNominee, HouseholdNominee, IndividualNominee, NominationSubmission, Nominee } from '@thidua/core';
import { getExample } from '../../registry.js';

const PLAN_ID = 'lam-dong-2022-2025';
const MOVEMENT = 'Phong trào thi đua “Vì người nghèo - Không để ai bị bỏ lại phía sau” giai đoạn 2022 - 2025';

type ByType = { collective: CollectiveNominee; individual: IndividualNominee; household: HouseholdNominee };

function nominee<T extends keyof ByType>(d: NominationSubmission, id: string, type: T): ByType[T] {
  const n = d.nominees.find((x) => x.id === id);
  if (n?.type !== type) throw new Error(`examples/02: nominee ${id} is not a ${type}`);
  return n as ByType[T];
}

const COMMUNES = ['Đạ Tông', 'Đạ Long', 'Đạ M\'Rông', 'Rô Men', 'Liêng Srônh', 'Phi Liêng', 'Đạ K\'Nàng', 'Đạ Rsal'];
const VILLAGES: [string, string][] = [
  ['Păng Dung', 'Phi Liêng'], ['Liêng Trang', 'Đạ Tông'], ['Đạ Nhinh', 'Đạ Long'], ['Chiêng Cọ', 'Đạ M\'Rông'],
  ['Liêng Hung', 'Liêng Srônh'], ['Pul', 'Đạ K\'Nàng'], ['Trung Hưng', 'Đạ Rsal'], ['Mê Ka', 'Rô Men'],
];
const OFFICIALS: [string, 'nam' | 'nu', string][] = [
  ['Cil Múp K\'Hương', 'nu', 'Cơ Ho'], ['Liêng Jrang Ha Dũng', 'nam', 'Cơ Ho'], ['Bon Niêng K\'Thúy', 'nu', 'Cơ Ho'],
  ['Hoàng Văn Bình', 'nam', 'Tày'], ['Păng Ting Ha Tuấn', 'nam', 'Cơ Ho'], ['Nguyễn Thị Lan Anh', 'nu', 'Kinh'],
  ['Rơ Ông K\'Linh', 'nu', 'Cơ Ho'], ['Đa Cát Ha Phúc', 'nam', 'Mnông'],
];
const HOUSEHOLDS: [string, 'nam' | 'nu', string, string][] = [
  ['Nông Văn Thịnh', 'nam', 'Thôn Trung Hưng', 'Đạ Rsal'], ['Liêng Hót Ha Blôn', 'nam', 'Thôn Liêng Trang', 'Đạ Tông'],
  ['Giàng A Chớ', 'nam', 'Thôn Đạ Nhinh', 'Đạ Long'], ['Kră Jăn K\'Mai', 'nu', 'Thôn Pul', 'Đạ K\'Nàng'],
  ['Lý Văn Sầu', 'nam', 'Thôn Mê Ka', 'Rô Men'], ['Cil K\'Dung', 'nu', 'Thôn Liêng Hung', 'Liêng Srônh'],
  ['Vi Văn Hòa', 'nam', 'Thôn Păng Dung', 'Phi Liêng'], ['Ka Sô Ha Nhiên', 'nam', 'Thôn Chiêng Cọ', 'Đạ M\'Rông'],
];

function pick<T>(list: readonly T[], i: number): T {
  return list[i % list.length] as T;
}

function largeNominee(base: NominationSubmission, i: number): Nominee {
  const id = `n${i + 1}`;
  const round = Math.floor(i / 4);
  switch (i % 4) {
    case 0: {
      const commune = pick(COMMUNES, round);
      const n = structuredClone(nominee(base, 'n1', 'collective'));
      n.id = id;
      n.name = `Ủy ban nhân dân xã ${commune}, huyện Đam Rông`;
      n.summary = `Xã ${commune} giảm tỷ lệ hộ nghèo đa chiều liên tục 03 năm 2020 - 2022, mỗi năm từ 1,5% trở lên.`;
      n.profile.headquarters = `Trụ sở Ủy ban nhân dân xã ${commune}, huyện Đam Rông, tỉnh Lâm Đồng`;
      n.confirmations['thuTruong'] = { agency: `Ủy ban nhân dân xã ${commune}`, title: 'CHỦ TỊCH', fullName: pick(OFFICIALS, round + 3)[0] };
      n.reportPlace = commune;
      return n;
    }
    case 1: {
      const [fullName, gender, ethnicity] = pick(OFFICIALS, round);
      const n = structuredClone(nominee(base, 'n2', 'individual'));
      n.id = id;
      n.profile.fullName = fullName;
      n.profile.gender = gender;
      n.profile.ethnicity = ethnicity;
      n.profile.birthDate = `${1978 + (round % 12)}-0${1 + (round % 9)}-1${round % 10}`;
      n.confirmations['nguoiBaoCao'] = { title: 'PHÓ TRƯỞNG PHÒNG', fullName };
      return n;
    }
    case 2: {
      const [village, commune] = pick(VILLAGES, round);
      const n = structuredClone(nominee(base, 'n3', 'collective'));
      n.id = id;
      n.name = `Thôn ${village}, xã ${commune}, huyện Đam Rông`;
      n.summary = `Quy mô hộ nghèo và hộ cận nghèo của thôn ${village} giảm từ 124 hộ (đầu kỳ 2021) xuống 57 hộ (tháng 9/2023), giảm 54%; điều kiện sống của người nghèo được cải thiện rõ rệt.`;
      n.profile.headquarters = `Nhà sinh hoạt cộng đồng thôn ${village}, xã ${commune}, huyện Đam Rông, tỉnh Lâm Đồng`;
      n.confirmations['thuTruong'] = { agency: `Thôn ${village}`, title: 'TRƯỞNG THÔN', fullName: pick(HOUSEHOLDS, round + 1)[0] };
      n.reportPlace = commune;
      return n;
    }
    default: {
      const [householder, gender, village, commune] = pick(HOUSEHOLDS, round);
      const n = structuredClone(nominee(base, 'n4', 'household'));
      n.id = id;
      n.profile.householder = householder;
      n.profile.gender = gender;
      n.profile.birthYear = 1960 + (round % 20);
      n.profile.address = { village, commune: `Xã ${commune}`, district: 'Huyện Đam Rông' };
      n.confirmations['chuHo'] = { title: 'CHỦ HỘ', fullName: householder };
      n.confirmations['ubndXa'] = { agency: `Ủy ban nhân dân xã ${commune}`, title: 'CHỦ TỊCH', fullName: pick(OFFICIALS, round + 5)[0] };
      n.reportPlace = commune;
      return n;
    }
  }
}

/** A valid-shaped Đam Rông sơ kết 2023 dossier with `n` nominees cycling commune, official, village, household. */
export function largeLamDongDossier(n: number): NominationSubmission {
  const d = getExample(PLAN_ID, 'nomination') as NominationSubmission;
  // The right side is built in full, from the example's own nominees, before it replaces them.
  d.nominees = Array.from({ length: n }, (_, i) => largeNominee(d, i));
  const count = (t: Nominee['type']) => d.nominees.filter((x) => x.type === t).length;
  const parts = `${count('collective')} tập thể, ${count('individual')} cá nhân và ${count('household')} hộ gia đình`;
  d.coverLetter.body = `Thực hiện Kế hoạch ban hành kèm theo Quyết định số 1479/QĐ-UBND ngày 24/8/2022 của Ủy ban nhân dân tỉnh, Ủy ban nhân dân huyện Đam Rông kính trình Chủ tịch Ủy ban nhân dân tỉnh xem xét, tặng Bằng khen cho ${n} trường hợp gồm ${parts} có thành tích tiêu biểu trong sơ kết ${MOVEMENT} (có danh sách và báo cáo thành tích kèm theo).`;
  d.councilMinutes.conclusion = `Hội đồng thống nhất đề nghị Chủ tịch Ủy ban nhân dân tỉnh tặng Bằng khen cho ${n} trường hợp (${parts}).`;
  return d;
}

/**
 * The same dossier as a yearly Giấy khen of the district chairman, which no quota binds: IV.2.c,
 * “xem xét tặng Giấy khen theo thẩm quyền”, so it goes to the district chairman, not to the province.
 */
export function largeDamRongGiayKhen(n: number): NominationSubmission {
  const d = largeLamDongDossier(n);
  d.phase = 'hang-nam';
  d.awardForm = 'giay-khen';
  d.coverLetter.to = ['Chủ tịch Ủy ban nhân dân huyện Đam Rông'];
  d.coverLetter.body = `Thực hiện Kế hoạch ban hành kèm theo Quyết định số 1479/QĐ-UBND ngày 24/8/2022 của Ủy ban nhân dân tỉnh, Phòng Nội vụ huyện Đam Rông kính trình Chủ tịch Ủy ban nhân dân huyện xem xét, tặng Giấy khen cho ${n} trường hợp có thành tích trong ${MOVEMENT} năm 2023 (có danh sách và báo cáo thành tích kèm theo).`;
  d.councilMinutes.conclusion = `Hội đồng thống nhất đề nghị Chủ tịch Ủy ban nhân dân huyện tặng Giấy khen cho ${n} trường hợp.`;
  return d;
}

