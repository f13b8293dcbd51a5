import { Type } from '@sinclair/typebox';
import {
  ClockTime, Count, DocNumber, DateField, LongText, SignerSchema, StringEnum, Text, TextList, label,
  type PlanDefinition,
} from '@thidua/core';
import { IssuingHeaderSchema } from './header.js';
import { NomineeSchema } from './nominee-schema.js';
import { councilHint } from './plan-hints.js';
import { schemaId } from './schema-id.js';

function person(vi: string, en: string) {
  return Type.Object(
    { fullName: Text('Họ và tên', 'Full name', { maxLength: 120 }), title: Text('Chức vụ', 'Position', { maxLength: 200 }) },
    { ...label(vi, en), additionalProperties: false },
  );
}

function councilMinutes(plan: PlanDefinition) {
  return Type.Object(
    {
      number: DocNumber('Số biên bản', 'Minutes number', '12/BB-HĐTĐKT'),
      date: DateField('Ngày họp', 'Meeting date'),
      startTime: ClockTime('Thời gian bắt đầu', 'Start time'),
      endTime: ClockTime('Thời gian kết thúc', 'End time'),
      location: Text('Địa điểm', 'Location', { maxLength: 300 }),
      council: Text('Hội đồng', 'Council', { maxLength: 300, extra: { 'x-ui-hint': councilHint(plan), 'x-ui-hint-en': 'E.g. the district emulation and commendation council' } }),
      chair: person('Chủ trì (Chủ tịch Hội đồng)', 'Chair'),
      secretary: person('Thư ký', 'Secretary'),
      membersTotal: Type.Integer({ ...label('Tổng số thành viên Hội đồng', 'Council members (total)'), minimum: 1, maximum: 1000, 'x-ui-widget': 'number' }),
      membersPresent: Count('Số thành viên có mặt', 'Members present'),
      absentees: Type.Optional(
        Type.Array(
          Type.Object(
            {
              fullName: Text('Họ và tên', 'Full name', { maxLength: 120 }),
              reason: Text('Lý do vắng', 'Reason for absence', { maxLength: 300 }),
              votedInWriting: Type.Boolean(label('Có phiếu bằng văn bản', 'Voted in writing')),
            },
            { ...label('Thành viên vắng', 'Absent member'), additionalProperties: false },
          ),
          { ...label('Thành viên vắng mặt', 'Absent members'), maxItems: 1000, 'x-ui-widget': 'repeat' },
        ),
      ),
      votingMethod: StringEnum('Hình thức biểu quyết', 'Voting method', [
        { value: 'bieu-quyet', label: 'Biểu quyết giơ tay', labelEn: 'Show of hands' },
        { value: 'bo-phieu-kin', label: 'Bỏ phiếu kín', labelEn: 'Secret ballot' },
      ], { 'x-ui-widget': 'radio' }),
      // Phụ lục I mẫu 1.9: a secret ballot is counted by a board the meeting elects.
      countingBoard: Type.Optional(
        Type.Array(
          Type.Object(
            {
              fullName: Text('Họ và tên', 'Full name', { maxLength: 120 }),
              role: Text('Nhiệm vụ trong Ban', 'Role on the board', { maxLength: 120, extra: { 'x-ui-hint': 'Ví dụ: Trưởng ban, Thành viên.', 'x-ui-hint-en': 'E.g. head of the board, member.' } }),
            },
            { ...label('Thành viên Ban kiểm phiếu', 'Ballot-counting board member'), additionalProperties: false },
          ),
          { ...label('Ban kiểm phiếu', 'Ballot-counting board'), maxItems: 50, 'x-ui-widget': 'repeat', 'x-ui-hint': 'Ghi khi bỏ phiếu kín: những người Hội đồng bầu để kiểm phiếu.', 'x-ui-hint-en': 'For a secret ballot: the members the council elected to count the ballots.' },
        ),
      ),
      ballots: Type.Optional(
        Type.Object(
          {
            issued: Count('Số phiếu phát ra', 'Ballots issued'),
            returned: Count('Số phiếu thu về', 'Ballots returned'),
            valid: Count('Số phiếu hợp lệ', 'Valid ballots'),
            invalid: Count('Số phiếu không hợp lệ', 'Invalid ballots'),
          },
          { ...label('Kết quả kiểm phiếu', 'Ballot count'), additionalProperties: false },
        ),
      ),
      discussion: Type.Optional(LongText('Ý kiến thảo luận', 'Members\' discussion', { 'x-ui-hint': 'Ý kiến của các thành viên Hội đồng trước khi biểu quyết, như biên bản ghi.', 'x-ui-hint-en': 'What the council members said before the vote, as the minutes record it.' })),
      conclusion: LongText('Kết luận cuộc họp', 'Conclusion of the meeting'),
    },
    { ...label('Biên bản họp Hội đồng Thi đua - Khen thưởng', 'Minutes of the emulation and commendation council'), additionalProperties: false },
  );
}

/** The JSON Schema of a plan's nomination dossier: tờ trình, danh sách, biên bản, báo cáo thành tích. */
export function buildNominationSchema(plan: PlanDefinition) {
  return Type.Object(
    {
      planId: Type.Literal(plan.id, label('Mã kế hoạch', 'Plan id')),
      kind: Type.Literal('nomination', label('Loại hồ sơ', 'Document kind')),
      schemaVersion: Type.Literal(plan.version, label('Phiên bản lược đồ', 'Schema version')),
      phase: StringEnum('Đợt khen thưởng', 'Commendation round', plan.phases.map((p) => ({ value: p.id, label: p.label, labelEn: p.labelEn })), { 'x-ui-widget': 'select' }),
      awardForm: StringEnum('Hình thức khen thưởng đề nghị', 'Award proposed', plan.awardForms.map((a) => ({ value: a.id, label: a.label, labelEn: a.labelEn })), { 'x-ui-widget': 'select' }),
      header: IssuingHeaderSchema(plan, '05/TTr-UBND'),
      coverLetter: Type.Object(
        {
          to: TextList('Kính gửi', 'To', 'Nơi nhận tờ trình', 'Recipient'),
          legalBases: TextList('Căn cứ', 'Legal bases', 'Căn cứ', 'Legal basis'),
          body: LongText('Nội dung tờ trình', 'Body of the cover letter'),
          signer: SignerSchema(),
          recipients: TextList('Nơi nhận', 'Copies to', 'Nơi nhận', 'Recipient'),
        },
        { ...label('Tờ trình', 'Cover letter'), additionalProperties: false },
      ),
      nominees: Type.Array(NomineeSchema(plan), { ...label('Danh sách đề nghị khen thưởng', 'Nominees'), minItems: 1, maxItems: 2000, 'x-ui-widget': 'repeat' }),
      councilMinutes: councilMinutes(plan),
    },
    {
      $id: schemaId(plan, 'nomination'),
      ...label(`Hồ sơ đề nghị khen thưởng: ${plan.title}`, `Nomination dossier: ${plan.titleEn}`),
      description: `Tờ trình, danh sách, biên bản họp Hội đồng và báo cáo thành tích theo ${plan.title}.`,
      'x-description-en': `Cover letter, nominee list, council minutes and achievement reports under ${plan.titleEn}.`,
      additionalProperties: false,
    },
  );
}
