import type { CommandSpec } from '../command-spec.js';
import { PLANS_DIR } from './shared.js';

export const serve: CommandSpec = {
  name: 'serve',
  summary: { vi: 'máy chủ kiểm tra hồ sơ, PDF và cổng mẫu', en: 'validation + PDF server and demo portal' },
  description: {
    vi: 'Chạy máy chủ tham chiếu (API kiểm tra hồ sơ và in PDF, cổng thông tin mẫu) cho đến khi nhấn Ctrl-C hoặc nhận SIGTERM, rồi ngừng nhận kết nối, chờ các yêu cầu và PDF đang làm dở (/health trả 503 draining) và thoát. PDF được in trong các luồng riêng nên việc kiểm tra hồ sơ không phải chờ.',
    en: 'Runs the reference server (validation and PDF API, demo portal) until Ctrl-C or SIGTERM, then stops accepting, lets requests and PDFs in flight finish (/health answers 503 draining) and exits. PDFs render in their own threads, so validations never wait for them.',
  },
  arguments: [],
  // The defaults are the server's own (DEFAULT_PORT, DEFAULT_HOST, the demo portal folder); a test keeps them equal.
  options: [
    { long: 'port', value: 'N', text: { vi: 'cổng, từ 0 đến 65535 (0: một cổng còn trống bất kỳ)', en: 'the port, 0 to 65535 (0: any free port)' }, default: { vi: '38123', en: '38123' } },
    { long: 'host', value: 'H', text: { vi: 'địa chỉ lắng nghe', en: 'the address to listen at' }, default: { vi: '127.0.0.1, chỉ máy này', en: '127.0.0.1, this machine only' } },
    { long: 'portal', value: 'DIR', text: { vi: 'thư mục tệp tĩnh phục vụ tại /', en: 'the folder of static files served at /' }, default: { vi: 'examples/portal-html khi có', en: 'examples/portal-html when it exists' } },
    { long: 'cors', value: 'ORIGIN,…', text: { vi: 'các nguồn được gọi API từ trình duyệt, cách nhau bằng dấu phẩy', en: 'origins allowed to call the API from a browser, comma-separated' }, default: { vi: 'không có', en: 'none' } },
    { long: 'workers', value: 'N', text: { vi: 'số tiến trình máy chủ trên cùng cổng (1–64), mỗi nhân một tiến trình', en: 'server processes on the same port (1–64), one per core' }, default: { vi: '1', en: '1' } },
    { long: 'pdf-threads', value: 'N', text: { vi: 'số luồng in PDF của mỗi tiến trình, chạy bên cạnh luồng nhận yêu cầu (1–256)', en: 'PDF threads per process, beside the thread that takes requests (1–256)' }, default: { vi: 'số nhân trừ 1, ít nhất 1', en: 'the cores less one, at least 1' } },
    { long: 'pdf-queue', value: 'N', text: { vi: 'số PDF được chờ luồng; thêm một nữa được trả 503 kèm Retry-After', en: 'PDFs that may wait for a thread; one more is answered 503 with Retry-After' }, default: { vi: '8', en: '8' } },
    { long: 'pdf-timeout', value: 'S', text: { vi: 'số giây tối đa cho một PDF, kể cả thời gian chờ; quá hạn thì dừng và trả 503', en: 'most seconds for one PDF, waiting included; past it the job is stopped and answered 503' }, default: { vi: '30', en: '30' } },
    { long: 'pdf-stall', value: 'S', text: { vi: 'số giây tối đa một máy khách không nhận thêm byte nào của PDF đang gửi; quá hạn thì cắt kết nối', en: 'most seconds a client may take none of the PDF being sent; past it the connection is cut' }, default: { vi: '30', en: '30' } },
    { long: 'drain-timeout', value: 'S', text: { vi: 'số giây chờ các yêu cầu và PDF đang làm dở khi dừng (SIGTERM, Ctrl-C); quá hạn thì cắt và thoát mã 1', en: 'seconds given to requests and PDFs in flight when stopping (SIGTERM, Ctrl-C); past it they are cut and the exit status is 1' }, default: { vi: '10', en: '10' } },
    { long: 'quiet', text: { vi: 'chỉ ghi nhật ký cảnh báo, không ghi từng yêu cầu', en: 'log warnings only, not every request' } },
    PLANS_DIR,
  ],
  exits: [
    { code: 0, text: { vi: 'đã dừng gọn sau Ctrl-C (SIGINT) hoặc SIGTERM: mọi yêu cầu đang làm dở đã được trả lời', en: 'stopped cleanly after Ctrl-C (SIGINT) or SIGTERM: every request in flight was answered' } },
    { code: 1, text: { vi: 'đã dừng nhưng phải cắt các yêu cầu hoặc PDF chưa xong khi hết --drain-timeout', en: 'stopped, but requests or PDFs still running at the end of --drain-timeout were cut' } },
    { code: 2, text: { vi: 'cổng đang được dùng, không mở được địa chỉ, giá trị tùy chọn sai, hoặc gọi sai lệnh', en: 'the port is in use, the address cannot be opened, a bad option value, or a wrong call' } },
  ],
  example: 'thidua serve --port 8080 --cors https://congthongtin.lamdong.gov.vn',
  runsUntilStopped: true,
  load: async () => (await import('../commands/serve.js')).serveCommand,
};
