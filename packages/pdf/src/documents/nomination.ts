import type {
  AwardRecord, CollectiveNominee, HouseholdNominee, IndividualNominee, NominationSubmission, Nominee,
  PlanDefinition, ConfirmationBlock,
} from '@thidua/core';
import { TERMS } from '@thidua/core/messages';
import { agencyInSentence, openNumber } from '@thidua/core/text';
import type { Block } from '../layout/blocks.js';
import { p } from '../layout/blocks.js';
import type { TypesetContext } from '../layout/typeset.js';
import { bodyText, cell, compact, field, heading, table } from './body.js';
import { PLACEHOLDER, figure, genderLabel, num, shortDate, upper } from './format.js';
import { figuresTable } from './figures.js';
import { nationalHeader, titleBlock } from './national-header.js';
import { coverSubject } from './cover-subject.js';
import { reportLetterhead } from './letterhead.js';
import { listsAttachments, submitsAlready } from './said-already.js';
import { confirmationBlocks, pairedSignatures, recipientsBlocks, signatureArea, signerBlocks } from './signature.js';
import { fieldRole } from '../sign/signature-fields.js';
import { INDENT, PARA_SPACE, SIZE } from './style.js';
import { birthColumn, birthField, decisionCell, householderBirth, partyField, roleAndWorkplace } from './identity-lines.js';

/** "Tập thể", "Cá nhân", "Hộ gia đình": the documents are Vietnamese whatever the form's language. */
const groupTitle = (type: Nominee['type']) => TERMS.vi[type].charAt(0).toLocaleUpperCase('vi') + TERMS.vi[type].slice(1);
const ROMAN = ['I', 'II', 'III'];
const TYPES = ['collective', 'individual', 'household'] as const;

function awardLabel(plan: PlanDefinition, d: NominationSubmission): string {
  return plan.awardForms.find((a) => a.id === d.awardForm)?.label ?? d.awardForm;
}

/** "Hộ ông", "Hộ bà" by the householder's gender; "ông (bà)" only when a draft does not say. */
const householdOf = (gender: unknown): string => (gender === 'nam' ? 'ông' : gender === 'nu' ? 'bà' : 'ông (bà)');

function nomineeName(n: Nominee): string {
  return n.type === 'collective' ? n.name : n.type === 'individual' ? n.profile.fullName : `Hộ ${householdOf(n.profile.gender)} ${n.profile.householder}`;
}

function byType(d: NominationSubmission) {
  return TYPES.map((t) => ({ type: t, items: d.nominees.filter((n) => n.type === t) })).filter((g) => g.items.length);
}

// ---- Tờ trình ----

function coverLetter(ctx: TypesetContext, plan: PlanDefinition, d: NominationSubmission): Block[] {
  const h = d.header;
  const award = awardLabel(plan, d);
  const c = d.coverLetter;
  const blocks: Block[] = [
    ...nationalHeader(ctx, { ...(h.parentAgency ? { parentAgency: h.parentAgency } : {}), agency: h.agency, number: `Số: ${openNumber(h.number, 'TTr')}`, place: h.place, date: h.date }),
    ...titleBlock(ctx, 'TỜ TRÌNH', [coverSubject(plan, d, award)]),
  ];
  if (c.to.length === 1) blocks.push(p(`Kính gửi: ${c.to[0]}.`, { size: SIZE.to, align: 'center', spaceAfter: 12 }));
  else {
    blocks.push(p('Kính gửi:', { size: SIZE.to, align: 'left', leftIndent: ctx.setup.textWidth * 0.28, lineHeight: 1.1 }));
    c.to.forEach((t, i) => blocks.push(p(`- ${t}${i === c.to.length - 1 ? '.' : ';'}`, { size: SIZE.to, align: 'left', leftIndent: ctx.setup.textWidth * 0.28 + 64, lineHeight: 1.1 })));
    blocks.push({ kind: 'space', height: 10 });
  }
  c.legalBases.forEach((b, i) => blocks.push(p(`${/^căn cứ/iu.test(b) ? '' : 'Căn cứ '}${b.replace(/[;.]+$/u, '')}${i === c.legalBases.length - 1 ? '.' : ';'}`, { size: SIZE.body, align: 'justify', firstIndent: INDENT, spaceAfter: 3 }, 'italic')));
  blocks.push(...bodyText(c.body));
  byType(d).forEach((g, gi) => {
    blocks.push(heading(`${ROMAN[gi]}.`, `${groupTitle(g.type)} (${g.items.length})`, 1));
    g.items.forEach((n, i) => {
      const detail = n.type === 'individual' ? (roleAndWorkplace(n.profile) ? `, ${roleAndWorkplace(n.profile)}` : '') : n.type === 'household' ? `, ${n.profile.address.village}, ${n.profile.address.commune}, ${n.profile.address.district}` : '';
      blocks.push(p(`${i + 1}. ${nomineeName(n)}${detail};`, { size: SIZE.body, align: 'justify', firstIndent: INDENT, spaceAfter: 2 }));
    });
  });
  // What the body already says is not said again.
  if (!listsAttachments(c.body)) blocks.push(p(`(Có danh sách, biên bản họp Hội đồng Thi đua - Khen thưởng và báo cáo thành tích kèm theo).`, { size: SIZE.body, align: 'justify', firstIndent: INDENT, spaceBefore: 4, spaceAfter: PARA_SPACE }, 'italic'));
  if (!submitsAlready(c.body)) blocks.push(p(`${agencyInSentence(h.agency)} kính trình ${c.to[0] ?? ''} xem xét, quyết định./.`, { size: SIZE.body, align: 'justify', firstIndent: INDENT, spaceAfter: PARA_SPACE }));
  blocks.push(signatureArea(c.signer, c.recipients, 'to-trinh.nguoi-ky'));
  return blocks;
}

// ---- Danh sách ----

function listOf(plan: PlanDefinition, d: NominationSubmission): Block[] {
  const award = awardLabel(plan, d);
  const members = d.councilMinutes.membersTotal;
  const blocks: Block[] = [
    // Khổ ngang when the columns do not fit a portrait page, as agencies print the list.
    { kind: 'break', orientation: 'fit' },
    p(`DANH SÁCH ĐỀ NGHỊ TẶNG ${upper(award)}`, { size: SIZE.docType, align: 'center', lineHeight: 1.2, balanced: true }, 'bold'),
    p(`(Kèm theo Tờ trình số ${openNumber(d.header.number, 'TTr')} ngày ${shortDate(d.header.date)} của ${agencyInSentence(d.header.agency)})`, { size: SIZE.placeDate, align: 'center', spaceAfter: 10 }, 'italic'),
  ];
  const rows: ReturnType<typeof cell>[][] = [];
  byType(d).forEach((g, gi) => {
    rows.push([cell(ROMAN[gi]!, { align: 'center', bold: true }), { ...cell(groupTitle(g.type), { bold: true }), colSpan: 6 }]);
    g.items.forEach((n, i) => {
      const who = n.type === 'individual'
        ? `${birthColumn(n.profile)}\n${genderLabel(n.profile.gender)}`
        : n.type === 'household' ? `${birthColumn(n.profile)}\n${genderLabel(n.profile.gender)}` : '';
      const where = n.type === 'individual' ? roleAndWorkplace(n.profile) : n.type === 'household' ? `${n.profile.address.village}, ${n.profile.address.commune}, ${n.profile.address.district}` : n.profile.headquarters ?? '';
      const share = members > 0 ? ` (${num(Math.round((n.votesAgree / members) * 1000) / 10)}%)` : '';
      rows.push([cell(String(i + 1), { align: 'center' }), cell(nomineeName(n)), cell(who, { align: 'center' }), cell(where), cell(n.summary), cell(`${figure(n.votesAgree)}/${figure(members)}${share}`, { align: 'center' }), cell(n.note ?? '')]);
    });
  });
  blocks.push(table([0.7, 2, 1, 2, 4, 1.2, 2.1], ['STT', 'Họ và tên / Tên tập thể / Hộ gia đình', 'Năm sinh, Nam/Nữ', 'Chức vụ, đơn vị công tác / Địa chỉ', 'Thành tích tóm tắt', 'Số phiếu\n(tỉ lệ %)', 'Ghi chú'], rows, { size: 11, sizing: 'content' }));
  return blocks;
}

// ---- Biên bản ----

function minutes(ctx: TypesetContext, plan: PlanDefinition, d: NominationSubmission): Block[] {
  const m = d.councilMinutes;
  const award = awardLabel(plan, d);
  const [hh = PLACEHOLDER, mm = PLACEHOLDER] = m.endTime.split(':');
  const blocks: Block[] = [
    // The council writes its minutes under the agency it serves, never under that agency's superior.
    ...nationalHeader(ctx, { parentAgency: d.header.agency, agency: m.council, number: `Số: ${openNumber(m.number, 'BB')}` }),
    ...titleBlock(ctx, 'BIÊN BẢN', [`Họp ${m.council}`, `xét, đề nghị tặng ${award}`]),
  ];
  const line = (label: string, value: string) => p([{ text: `${label}: `, face: 'bold' }, { text: value, face: 'regular' }], { size: SIZE.body, align: 'justify', firstIndent: INDENT, spaceAfter: 3 });
  blocks.push(line('Thời gian bắt đầu', `${m.startTime.replace(':', ' giờ ')} phút, ngày ${shortDate(m.date)}`));
  blocks.push(line('Địa điểm', m.location));
  blocks.push(line('Chủ trì', `${m.chair.fullName}, ${m.chair.title}`));
  blocks.push(line('Thư ký', `${m.secretary.fullName}, ${m.secretary.title}`));
  blocks.push(line('Thành phần tham dự', `${figure(m.membersPresent)}/${figure(m.membersTotal)} thành viên Hội đồng có mặt${m.absentees?.length ? `; vắng ${m.absentees.length}: ${m.absentees.map((a) => `${a.fullName} (${a.reason}${a.votedInWriting ? ', có phiếu bằng văn bản' : ''})`).join('; ')}` : ''}`));
  blocks.push(line('Hình thức', m.votingMethod === 'bo-phieu-kin' ? 'Bỏ phiếu kín' : m.votingMethod === 'bieu-quyet' ? 'Biểu quyết giơ tay' : PLACEHOLDER));
  // A secret ballot is counted by a board the meeting elects (Phụ lục I mẫu 1.9); a gap the clerk fills when the data has none.
  if (m.votingMethod === 'bo-phieu-kin') blocks.push(line('Ban kiểm phiếu', m.countingBoard?.length ? m.countingBoard.map((x) => `${x.fullName} (${x.role})`).join('; ') : PLACEHOLDER));
  if (m.ballots) blocks.push(line('Kết quả kiểm phiếu', `phát ra ${figure(m.ballots.issued)}, thu về ${figure(m.ballots.returned)}, hợp lệ ${figure(m.ballots.valid)}, không hợp lệ ${figure(m.ballots.invalid)}`));
  blocks.push(heading('', 'Nội dung và kết quả:', 1));
  const rows = d.nominees.map((n, i) => [
    cell(String(i + 1), { align: 'center' }), cell(nomineeName(n)), cell(award), cell(figure(n.votesAgree), { align: 'center' }),
    cell(m.membersTotal > 0 ? `${num(Math.round((n.votesAgree / m.membersTotal) * 1000) / 10)}%` : '', { align: 'center' }),
  ]);
  blocks.push(table([0.85, 3.5, 3, 1.3, 1.5], ['STT', 'Tên cá nhân, tập thể, hộ gia đình', 'Hình thức đề nghị', 'Số phiếu đồng ý', 'Tỉ lệ % tổng số thành viên'], rows));
  if (m.discussion !== undefined) blocks.push(heading('', 'Ý kiến thảo luận của các thành viên Hội đồng:', 1), ...bodyText(m.discussion));
  blocks.push(heading('', 'Kết luận:', 1), ...bodyText(m.conclusion));
  blocks.push(p(`Cuộc họp kết thúc vào ${hh} giờ ${mm} phút, ngày ${shortDate(m.date)}./.`, { size: SIZE.body, align: 'justify', firstIndent: INDENT, spaceAfter: PARA_SPACE }));
  // Nơi nhận under the signatures, left, as mẫu 1.9 prints it; kept on the signatures' page.
  blocks.push({
    kind: 'group',
    keepTogether: true,
    keepWithPrevious: true,
    blocks: [
      pairedSignatures(
        [...signerBlocks({ title: 'THƯ KÝ', fullName: m.secretary.fullName }, undefined, 'bien-ban.thu-ky')],
        [...signerBlocks({ title: 'CHỦ TỌA', fullName: m.chair.fullName }, undefined, 'bien-ban.chu-toa')],
      ),
      ...recipientsBlocks(['Lưu: VT, Hồ sơ']),
    ],
  });
  return blocks;
}

// ---- Báo cáo thành tích ----

function awardsTables(n: Nominee): Block[] {
  const rows = (rs: AwardRecord[]) => rs.map((r) => [cell(figure(r.year), { align: 'center' }), cell(r.title), cell(decisionCell(r))]);
  const none = [[cell('—', { align: 'center' }), cell('Chưa có'), cell('')]];
  return [
    heading('1.', 'Danh hiệu thi đua', 1),
    table([1, 3, 4], ['Năm', 'Danh hiệu thi đua', 'Số, ngày, tháng, năm của quyết định công nhận danh hiệu thi đua; cơ quan ban hành quyết định'], n.pastAwards.emulationTitles.length ? rows(n.pastAwards.emulationTitles) : none),
    heading('2.', 'Hình thức khen thưởng', 1),
    table([1, 3, 4], ['Năm', 'Hình thức khen thưởng', 'Số, ngày, tháng, năm của quyết định khen thưởng; cơ quan ban hành quyết định'], n.pastAwards.commendations.length ? rows(n.pastAwards.commendations) : none),
  ];
}

function evidenceTable(plan: PlanDefinition, n: Nominee): Block[] {
  const ev = n.evidence ?? {};
  const ids = Object.keys(ev);
  if (!ids.length) return [];
  const rows = ids.flatMap((id) => {
    const ind = plan.indicators.find((i) => i.id === id);
    return [...(ev[id] ?? [])].sort((a, b) => a.year - b.year).map((r) => [cell(ind?.label ?? id), cell(figure(r.year), { align: 'center' }), cell(num(r.value), { align: 'right' }), cell(ind?.unit ?? '', { align: 'center' })]);
  });
  return [p('Số liệu chứng minh tiêu chí:', { size: SIZE.body, align: 'left', firstIndent: INDENT, keepWithNext: true }, 'italic'), table([4.5, 1, 1.5, 1.2], ['Chỉ tiêu', 'Năm', 'Số liệu', 'Đơn vị'], rows)];
}

function criteriaList(plan: PlanDefinition, n: Nominee): Block[] {
  const group = plan.participantGroups.find((g) => g.id === n.group);
  const crit = n.criteriaMet.map((id) => group?.criteria.find((c) => c.id === id)?.text ?? id);
  return [
    p(`Nhóm đối tượng: ${group?.label ?? n.group}${n.category ? ` (${group?.categories?.find((c) => c.id === n.category)?.label ?? n.category})` : ''}.`, { size: SIZE.body, align: 'justify', firstIndent: INDENT, spaceAfter: 3 }),
    p('Tiêu chí đạt được:', { size: SIZE.body, align: 'left', firstIndent: INDENT, keepWithNext: true, spaceAfter: 2 }),
    ...crit.map((t) => p(`- ${t}`, { size: SIZE.body, align: 'justify', firstIndent: INDENT, spaceAfter: 2 })),
  ];
}

type Item = [title: string, blocks: Block[]];

/** Items of a report part numbered 1., 2., … over the lines the report gave (a village head has no assigned duties). */
function numberedItems(items: Item[]): Block[] {
  return items.flatMap(([title, blocks], k) => [heading(`${k + 1}.`, title, 1), ...blocks]);
}

/** A template line the report gave, under its heading; one it lacks is left out, never printed empty. */
function templateLine(title: string, text: string | undefined): Block[] {
  return text === undefined ? [] : [heading('', title, 2), ...bodyText(text)];
}

function profileBlocks(n: Nominee): Block[] {
  if (n.type === 'collective') {
    const c = n as CollectiveNominee;
    return [
      heading('I.', 'SƠ LƯỢC ĐẶC ĐIỂM, TÌNH HÌNH', 0),
      ...compact([field('Trụ sở chính', c.profile.headquarters), field('Điện thoại', c.profile.phone), field('Thư điện tử', c.profile.email), field('Trang thông tin điện tử', c.profile.website), field('Tổng số cán bộ, người lao động', c.profile.staffCount)]),
      ...templateLine('Quá trình thành lập và phát triển', c.profile.history),
      ...templateLine('Cơ cấu tổ chức, cơ sở vật chất, tổ chức đảng, đoàn thể', c.profile.structure),
      ...templateLine('Chức năng, nhiệm vụ', c.profile.functions),
    ];
  }
  if (n.type === 'individual') {
    const i = n as IndividualNominee;
    const pr = i.profile;
    return [
      heading('I.', 'SƠ LƯỢC LÝ LỊCH', 0),
      ...compact([
        field('Họ và tên', pr.fullName), field('Bí danh', pr.alias), birthField(pr), field('Giới tính', genderLabel(pr.gender)),
        field('Dân tộc', pr.ethnicity), field('Tôn giáo', pr.religion), field('Quê quán', pr.hometown), field('Nơi thường trú', pr.residence),
        field('Cơ quan, đơn vị công tác', pr.workplace), field('Chức vụ (Đảng, chính quyền, đoàn thể)', pr.position), partyField(pr), field('Trình độ lý luận chính trị', pr.politicalTheory),
        field('Trình độ chuyên môn, nghiệp vụ', pr.qualification), field('Học hàm, học vị, danh hiệu, giải thưởng', pr.academicTitle), field('Điện thoại', pr.phone),
      ]),
    ];
  }
  const hh = n as HouseholdNominee;
  return [
    heading('I.', 'THÔNG TIN HỘ GIA ĐÌNH', 0),
    ...compact([
      field('Họ và tên chủ hộ', hh.profile.householder), householderBirth(hh.profile), field('Giới tính', genderLabel(hh.profile.gender)), field('Dân tộc', hh.profile.ethnicity),
      field('Số nhân khẩu', hh.profile.members), field('Địa chỉ', `${hh.profile.address.village}, ${hh.profile.address.commune}, ${hh.profile.address.district}`),
    ]),
  ];
}

const FIGURES_TITLE = 'Số liệu thành tích';

function achievementBlocks(plan: PlanDefinition, n: Nominee): Block[] {
  if (n.type === 'collective') {
    return [heading('II.', 'THÀNH TÍCH ĐẠT ĐƯỢC', 0), ...criteriaList(plan, n), ...numberedItems([
      ['Kết quả đạt được', [...bodyText(n.report.results), ...figuresTable(n.figures, FIGURES_TITLE)]],
      ...(n.report.measures !== undefined ? [['Các biện pháp, giải pháp, sáng kiến đã thực hiện', bodyText(n.report.measures)] as Item] : []),
      ...(n.report.otherWork ? [['Công tác xây dựng Đảng, đoàn thể và thực hiện chính sách', bodyText(n.report.otherWork)] as Item] : []),
    ]), ...evidenceTable(plan, n)];
  }
  if (n.type === 'individual') {
    return [heading('II.', 'THÀNH TÍCH ĐẠT ĐƯỢC', 0), ...numberedItems([
      ...(n.report.duties !== undefined ? [['Quyền hạn, nhiệm vụ được giao', bodyText(n.report.duties)] as Item] : []),
      ['Thành tích đạt được', [...criteriaList(plan, n), ...bodyText(n.report.results), ...figuresTable(n.figures, FIGURES_TITLE)]],
      ...(n.report.commitment ? [['Cam kết', bodyText(n.report.commitment)] as Item] : []),
    ]), ...evidenceTable(plan, n)];
  }
  const given = compact([field('Số ngày công đóng góp', n.report.labourDays !== undefined ? `${num(n.report.labourDays)} ngày công` : undefined), field('Diện tích đất hiến tặng', n.report.landArea !== undefined ? `${num(n.report.landArea)} m²` : undefined), field('Tiền, tài sản quy đổi', n.report.moneyVnd !== undefined ? `${num(n.report.moneyVnd)} đồng` : undefined)]);
  // A household honoured for leaving poverty may have contributed nothing: no empty heading then.
  const contributed = n.report.contributions !== undefined || given.length > 0;
  return [
    heading('II.', 'THÀNH TÍCH, ĐÓNG GÓP', 0), ...criteriaList(plan, n),
    ...numberedItems([
      ...(contributed ? [['Đóng góp công sức, đất đai, tài sản', [...bodyText(n.report.contributions), ...given]] as Item] : []),
      ['Thành tích đạt được', [...bodyText(n.report.results), ...figuresTable(n.figures, FIGURES_TITLE), ...evidenceTable(plan, n)]],
    ]),
  ];
}

function confirmations(blocksDef: ConfirmationBlock[], n: Nominee): Block[] {
  const entries = blocksDef.map((b) => confirmationBlocks(b.label, b.note, n.confirmations[b.id], `bao-cao-thanh-tich.${fieldRole(b.id)}`));
  const out: Block[] = [];
  for (let i = 0; i < entries.length; i += 2) {
    out.push(entries[i + 1] ? pairedSignatures(entries[i]!, entries[i + 1]!) : pairedSignatures([], entries[i]!));
  }
  return out;
}

function achievementReport(ctx: TypesetContext, plan: PlanDefinition, d: NominationSubmission, n: Nominee): Block[] {
  const award = awardLabel(plan, d);
  // Under the title, the collective's or the household's name, as the templates have it; an
  // individual's name opens "I. Sơ lược lý lịch" and is not printed twice.
  const subject = n.type === 'collective' ? n.name : n.type === 'household' ? `Hộ gia đình ${householdOf(n.profile.gender)} ${n.profile.householder}` : undefined;
  return [
    ...nationalHeader(ctx, { ...reportLetterhead(n), place: n.reportPlace, date: n.reportDate }),
    ...titleBlock(ctx, 'BÁO CÁO THÀNH TÍCH', [`ĐỀ NGHỊ TẶNG ${upper(award)}`]),
    ...(subject ? [p(subject, { size: SIZE.body, align: 'center', spaceAfter: 10 }, 'bold')] : [{ kind: 'space', height: 6 } as Block]),
    ...profileBlocks(n),
    ...achievementBlocks(plan, n),
    heading('III.', 'CÁC HÌNH THỨC ĐÃ ĐƯỢC KHEN THƯỞNG', 0),
    ...awardsTables(n),
    ...confirmations(plan.dossier.confirmationBlocks[n.type], n),
  ];
}

/** The whole dossier as one file: tờ trình, danh sách, biên bản, one báo cáo thành tích per nominee. */
export function nominationBlocks(ctx: TypesetContext, plan: PlanDefinition, d: NominationSubmission): Block[] {
  const docs: Block[][] = [coverLetter(ctx, plan, d), listOf(plan, d), minutes(ctx, plan, d), ...d.nominees.map((n) => achievementReport(ctx, plan, d, n))];
  return docs.flatMap((blocks, i) => (i === 0 ? blocks : [{ kind: 'break', newDocument: true } as Block, ...blocks]));
}
