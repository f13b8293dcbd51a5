import type { CommandSpec } from '../command-spec.js';
import { PDF_OUT } from './shared.js';

export const fill: CommandSpec = {
  name: 'fill',
  summary: { vi: 'điền biểu mẫu PDF (AcroForm)', en: 'fill a PDF form (AcroForm)' },
  description: {
    vi: 'Điền các trường của một biểu mẫu PDF có sẵn bằng chữ tiếng Việt (phông Tinos được nhúng). Nội dung chủ động của mẫu (JavaScript, liên kết) bị gỡ và được kể ra trên stderr, cùng các trường không có trong mẫu.',
    en: 'Fills the fields of an existing PDF form with Vietnamese text (Tinos embedded). Active content of the template (JavaScript, links) is removed and listed on stderr, as are names that match no field.',
  },
  arguments: [
    { name: 'template', text: { vi: 'tệp PDF có biểu mẫu (tối đa 50 MB)', en: 'the PDF with a form (at most 50 MB)' } },
    { name: 'data', text: { vi: 'tệp JSON {"tên trường": "giá trị" | true | false}; "-" để đọc đầu vào chuẩn', en: 'a JSON file {"field name": "value" | true | false}; "-" reads standard input' } },
  ],
  options: [
    PDF_OUT,
    { long: 'flatten', text: { vi: 'vẽ giá trị vào trang và bỏ biểu mẫu', en: 'draw the values into the page and remove the form' } },
  ],
  exits: [
    { code: 0, text: { vi: 'đã ghi tệp; stderr nói đã điền bao nhiêu trường', en: 'the file is written; stderr says how many fields were filled' } },
    { code: 1, text: { vi: 'một giá trị bị biểu mẫu từ chối (không nằm trong danh sách chọn, quá dài, không vừa ô): thông báo nêu tên trường', en: 'the form refuses a value (not among its options, too long, does not fit its box): the message names the field' } },
    { code: 2, text: { vi: 'không dùng được mẫu (không phải PDF, mã hóa, không có trường, quá lớn, hỏng), dữ liệu không phải đối tượng JSON, hoặc gọi sai lệnh', en: 'an unusable template (not a PDF, encrypted, no fields, too large, damaged), data that is not a JSON object, or a wrong call' } },
  ],
  example: 'thidua fill mau.pdf gia-tri.json -o da-dien.pdf --flatten',
  readsJson: true,
  load: async () => (await import('../commands/fill.js')).fillCommand,
};
