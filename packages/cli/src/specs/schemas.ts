import type { CommandSpec } from '../command-spec.js';

export const schemas: CommandSpec = {
  name: 'schemas',
  summary: { vi: 'ghi mọi lược đồ vào một thư mục', en: 'write every schema to a folder' },
  description: {
    vi: 'Ghi lược đồ JSON của mọi kế hoạch vào DIR/<mã>/<loại>.schema.json, cùng danh mục DIR/index.json.',
    en: 'Writes every plan\'s JSON Schemas to DIR/<id>/<kind>.schema.json, and the catalogue to DIR/index.json.',
  },
  arguments: [],
  options: [
    { long: 'out', short: 'o', value: 'DIR', required: true, text: { vi: 'thư mục cần ghi (tạo nếu chưa có)', en: 'the folder to write (made if missing)' } },
  ],
  exits: [
    { code: 0, text: { vi: 'đã ghi các tệp; stderr nói bao nhiêu tệp', en: 'the files are written; stderr says how many' } },
    { code: 2, text: { vi: 'gọi sai lệnh: thiếu --out, tùy chọn không có', en: 'a wrong call: --out missing, an unknown option' } },
  ],
  example: 'thidua schemas --out schemas/',
  load: async () => (await import('../commands/schemas.js')).schemasCommand,
};
