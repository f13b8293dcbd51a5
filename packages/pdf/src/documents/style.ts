import { MM } from '../layout/page-setup.js';

// Type sizes and spacing of Decree 30/2020/NĐ-CP, Phụ lục I, mục II (Kỹ thuật trình bày). Where the
// Decree gives a range we take the value of its own sample.
export const SIZE = {
  agency: 12,        // ô 2: cơ quan chủ quản / ban hành, 12–13
  nationalName: 12,  // ô 1: quốc hiệu, 12–13
  motto: 13,         // ô 1: tiêu ngữ, 13–14
  number: 13,        // ô 3: số, ký hiệu
  placeDate: 13,     // ô 4: địa danh, ngày tháng, 13–14
  docType: 14,       // ô 5a: tên loại, 13–14
  summary: 14,       // ô 5a: trích yếu, 13–14
  body: 13,          // ô 6: nội dung, 13–14
  to: 14,            // ô 9a: kính gửi, 13–14
  signer: 14,        // ô 7a/7b: quyền hạn, chức vụ, họ tên, 13–14
  recipientsLabel: 12, // ô 9b: "Nơi nhận:", 12 bold italic
  recipients: 11,    // ô 9b: các nơi nhận, 11
  table: 12,
  note: 12,
} as const;

export const INDENT = 1 * MM * 10; // 1 cm first-line indent
export const PARA_SPACE = 6;       // ≥ 6 pt between paragraphs
export const LINE = 1.15;          // "single" line spacing for a Times-metric font

/** Room left for signature and seal between the title and the signer's name. */
export const SIGNATURE_SPACE = 62;
