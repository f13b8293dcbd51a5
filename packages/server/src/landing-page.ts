import { catalog } from '@thidua/plans';
import { VERSION } from './version.js';

const esc = (s: string) => s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/**
 * The page at `/` while there is no demo portal: the plans, links to their schemas and the
 * API, in Vietnamese then English. `base` is the path the API is mounted at ('' at the root).
 */
export function landingPage(base = ''): string {
  const rows = catalog().map((p) => `
      <tr>
        <td><code>${esc(p.id)}</code></td>
        <td>${esc(p.title)}</td>
        <td>${esc(p.province)}</td>
        <td>${p.kinds.map((k) => `<a href="${esc(`${base}/schemas/${p.id}/${k}.json`)}">${esc(k)}</a>`).join(' · ')}</td>
      </tr>`).join('');
  const api: [string, string, string, string][] = [
    ['GET', '/health', 'Tình trạng máy chủ', 'Server status'],
    ['GET', '/plans', 'Danh sách kế hoạch (như <code>thidua plans --json</code>)', 'The plans (as <code>thidua plans --json</code>)'],
    ['GET', '/schemas/:plan/:kind.json', 'Lược đồ JSON đã công bố (ETag, 304)', 'The published JSON Schema (ETag, 304)'],
    ['POST', '/submissions/:plan/:kind/validate', 'Kiểm tra hồ sơ: 200 hợp lệ, 422 có lỗi', 'Validate a submission: 200 valid, 422 invalid'],
    ['POST', '/submissions/:plan/:kind/pdf', 'Văn bản PDF theo Nghị định 30/2020, hoặc 422', 'The official PDF (Decree 30/2020), or 422'],
  ];
  const apiRows = api.map(([m, p, vi, en]) => `
      <tr><td><code>${m}</code></td><td><code>${esc(base + p)}</code></td><td>${vi}<br><span lang="en">${en}</span></td></tr>`).join('');
  return `<!doctype html>
<html lang="vi">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>Thi Đua SDK — máy chủ kiểm tra hồ sơ</title>
  <style>
    body { font: 16px/1.5 system-ui, sans-serif; max-width: 64rem; margin: 2rem auto; padding: 0 1rem; color: #1b1b1b; }
    table { border-collapse: collapse; width: 100%; margin: 1rem 0 2rem; }
    th, td { border-bottom: 1px solid #ccc; padding: .4rem .5rem; text-align: left; vertical-align: top; }
    code, pre { font-family: ui-monospace, monospace; font-size: .9em; }
    pre { background: #f4f4f4; padding: .75rem; overflow-x: auto; }
    [lang="en"] { color: #555; }
  </style>
</head>
<body>
  <h1>Thi Đua SDK <small>${esc(VERSION)}</small></h1>
  <p>Máy chủ kiểm tra hồ sơ thi đua, khen thưởng và tạo văn bản PDF. Cổng thông tin mẫu chưa được cài đặt; trang này liệt kê các kế hoạch và giao diện lập trình (API).<br>
  <span lang="en">Validation and PDF server for emulation-and-commendation submissions. The demo portal is not installed yet; this page lists the plans and the API.</span></p>

  <h2>Kế hoạch <span lang="en">/ Plans</span></h2>
  <table>
    <thead><tr><th>Mã <span lang="en">/ id</span></th><th>Tên kế hoạch <span lang="en">/ title</span></th><th>Tỉnh <span lang="en">/ province</span></th><th>Lược đồ <span lang="en">/ schemas</span></th></tr></thead>
    <tbody>${rows}
    </tbody>
  </table>

  <h2>API</h2>
  <table>
    <thead><tr><th></th><th>Đường dẫn <span lang="en">/ path</span></th><th>Chức năng <span lang="en">/ what it does</span></th></tr></thead>
    <tbody>${apiRows}
    </tbody>
  </table>

  <h2>Thử <span lang="en">/ Try</span></h2>
  <pre>pnpm thidua example lam-dong-2022-2025 nomination &gt; x.json
curl -s -H 'Content-Type: application/json' --data-binary @x.json \\
  http://HOST${esc(base)}/submissions/lam-dong-2022-2025/nomination/validate
curl -s -H 'Content-Type: application/json' -H 'Accept-Language: en' --data-binary @x.json \\
  -o x.pdf http://HOST${esc(base)}/submissions/lam-dong-2022-2025/nomination/pdf</pre>
</body>
</html>
`;
}
