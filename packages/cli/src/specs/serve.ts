import type { CommandSpec } from '../command-spec.js';
import { PLANS_DIR } from './shared.js';

export const serve: CommandSpec = {
  name: 'serve',
  summary: { vi: 'máy chủ kiểm tra hồ sơ, PDF và cổng mẫu', en: 'validation + PDF server and demo portal' },
  description: {
    vi: 'Chạy máy chủ tham chiếu (API kiểm tra hồ sơ và in PDF, cổng thông tin mẫu) cho đến khi nhấn Ctrl-C hoặc nhận SIGTERM, rồi đóng gọn các kết nối.',
    en: 'Runs the reference server (validation and PDF API, demo portal) until Ctrl-C or SIGTERM, then closes its connections cleanly.',
  },
  arguments: [],
  // The defaults are the server's own (DEFAULT_PORT, DEFAULT_HOST, the demo portal folder); a test keeps them equal.
  options: [
    { long: 'port', value: 'N', text: { vi: 'cổng, từ 0 đến 65535 (0: một cổng còn trống bất kỳ)', en: 'the port, 0 to 65535 (0: any free port)' }, default: { vi: '38123', en: '38123' } },
    { long: 'host', value: 'H', text: { vi: 'địa chỉ lắng nghe', en: 'the address to listen at' }, default: { vi: '127.0.0.1, chỉ máy này', en: '127.0.0.1, this machine only' } },
    { long: 'portal', value: 'DIR', text: { vi: 'thư mục tệp tĩnh phục vụ tại /', en: 'the folder of static files served at /' }, default: { vi: 'examples/portal-html khi có', en: 'examples/portal-html when it exists' } },
    { long: 'cors', value: 'ORIGIN,…', text: { vi: 'các nguồn được gọi API từ trình duyệt, cách nhau bằng dấu phẩy', en: 'origins allowed to call the API from a browser, comma-separated' }, default: { vi: 'không có', en: 'none' } },
    { long: 'workers', value: 'N', text: { vi: 'số tiến trình máy chủ trên cùng cổng (1–64), mỗi nhân một tiến trình', en: 'server processes on the same port (1–64), one per core' }, default: { vi: '1', en: '1' } },
    { long: 'quiet', text: { vi: 'chỉ ghi nhật ký cảnh báo, không ghi từng yêu cầu', en: 'log warnings only, not every request' } },
    PLANS_DIR,
  ],
  exits: [
    { code: 0, text: { vi: 'đã dừng sau Ctrl-C (SIGINT) hoặc SIGTERM', en: 'stopped after Ctrl-C (SIGINT) or SIGTERM' } },
    { code: 2, text: { vi: 'cổng đang được dùng, không mở được địa chỉ, giá trị tùy chọn sai, hoặc gọi sai lệnh', en: 'the port is in use, the address cannot be opened, a bad option value, or a wrong call' } },
  ],
  example: 'thidua serve --port 8080 --cors https://congthongtin.lamdong.gov.vn',
  load: async () => (await import('../commands/serve.js')).serveCommand,
};
