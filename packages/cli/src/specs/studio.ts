import type { CommandSpec } from '../command-spec.js';

export const studio: CommandSpec = {
  name: 'studio',
  summary: { vi: 'xưởng kế hoạch: biểu mẫu, PDF, kiểm tra trực tiếp', en: 'plan studio: form, PDFs, checks, live' },
  description: {
    vi: 'Mở một trang web (máy chủ phát triển Vite) cho một thư mục kế hoạch: biểu mẫu của kế hoạch (báo cáo và hồ sơ đề nghị khen thưởng), bản in PDF từ ví dụ đầu tiên của mỗi loại, kết quả từng tệp examples/ và invalid/, và thông báo của trình kiểm tra kế hoạch kèm tệp:dòng. Mỗi lần lưu một tệp trong thư mục, trang tự cập nhật; định nghĩa có lỗi cú pháp vẫn hiện trang, với lỗi và dòng của nó. Chạy cho đến khi nhấn Ctrl-C.',
    en: 'Opens a web page (a Vite dev server) for a plan folder: the plan\'s form (report and nomination dossier), the PDFs printed from the first example of each kind, the result of each file in examples/ and invalid/, and the plan checker\'s messages with file:line. Each save of a file in the folder updates the page; a definition that does not parse still shows the page, with the error and its line. Runs until Ctrl-C.',
  },
  arguments: [
    { name: 'folder', text: { vi: 'thư mục kế hoạch, chứa definition.yaml', en: 'the plan folder, holding definition.yaml' } },
  ],
  // The defaults are the studio's own (DEFAULT_STUDIO_PORT, DEFAULT_STUDIO_HOST).
  options: [
    { long: 'port', value: 'N', text: { vi: 'cổng, từ 0 đến 65535 (0: một cổng còn trống bất kỳ)', en: 'the port, 0 to 65535 (0: any free port)' }, default: { vi: '5178', en: '5178' } },
    { long: 'host', value: 'H', text: { vi: 'địa chỉ lắng nghe', en: 'the address to listen at' }, default: { vi: '127.0.0.1, chỉ máy này', en: '127.0.0.1, this machine only' } },
  ],
  exits: [
    { code: 0, text: { vi: 'đã dừng sau Ctrl-C (SIGINT) hoặc SIGTERM', en: 'stopped after Ctrl-C (SIGINT) or SIGTERM' } },
    { code: 2, text: { vi: 'không có thư mục, cổng đang được dùng, không mở được địa chỉ, giá trị tùy chọn sai, hoặc gọi sai lệnh', en: 'no such folder, the port is in use, the address cannot be opened, a bad option value, or a wrong call' } },
  ],
  example: 'thidua studio ke-hoach/lam-dong-2026',
  runsUntilStopped: true,
  load: async () => (await import('../commands/studio.js')).studioCommand,
};
