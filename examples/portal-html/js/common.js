// Shared by the demo portal's pages: the portal's own texts in Vietnamese (first) and English,
// the language taken from `?lang=`, and the language switch in the top bar. External module:
// the pages run under `script-src 'self'`, with no inline script or handler anywhere.

export const TEXT = {
  vi: {
    agency: 'Hội đồng Thi đua – Khen thưởng',
    site: 'Cổng dịch vụ công thi đua, khen thưởng',
    skip: 'Bỏ qua, đến nội dung chính',
    demo: 'Trang minh họa tích hợp Thi Đua SDK — không phải cổng chính thức',
    searchLabel: 'Tìm kiếm',
    searchButton: 'Tìm',
    navHome: 'Trang chủ',
    navForms: 'Biểu mẫu điện tử',
    navApi: 'API kế hoạch (JSON)',
    langLabel: 'Ngôn ngữ:',
    indexTitle: 'Biểu mẫu điện tử theo kế hoạch thi đua',
    indexLead: 'Chọn kế hoạch và loại văn bản. Mỗi biểu mẫu kiểm tra dữ liệu ngay trên trình duyệt theo đúng quy định của kế hoạch, tự lưu bản nháp, rồi gửi hồ sơ về máy chủ để kiểm tra lại.',
    plansHeading: 'Các kế hoạch',
    plansLoading: 'Đang tải danh sách kế hoạch…',
    plansFailed: 'Không tải được danh sách kế hoạch từ máy chủ (/plans).',
    kind: { report: 'Báo cáo kết quả thực hiện', nomination: 'Hồ sơ đề nghị khen thưởng' },
    kindShort: { report: 'Báo cáo', nomination: 'Hồ sơ khen thưởng' },
    province: 'Tỉnh',
    guideHeading: 'Hướng dẫn',
    guide: [
      'Điền các mục; lỗi hiện ngay dưới từng ô sau khi rời ô.',
      'Bấm “Kiểm tra lại” để xem toàn bộ nội dung, “Sửa” để quay lại mục cần sửa.',
      'Bản nháp được lưu trên máy này; tải lại trang không mất dữ liệu.',
      'Gửi: cổng chuyển hồ sơ tới máy chủ và hiện kết quả kiểm tra.',
    ],
    aboutHeading: 'Về trang này',
    about: 'Trang tĩnh, không có bước build: một thẻ <script type="module"> nạp phần tử <thidua-form>; chính sách bảo mật nội dung chỉ cho phép script từ chính trang (script-src \'self\').',
    formMissing: 'Thiếu hoặc sai tham số: cần ?plan=…&kind=report|nomination.',
    hostFormHint: 'Cách khác: nút dưới đây gửi biểu mẫu của cổng (thẻ <form>); phần tử góp dữ liệu vào FormData và chặn việc gửi khi hồ sơ còn lỗi.',
    hostSubmit: 'Nộp qua biểu mẫu của cổng',
    answerHeading: 'Kết quả kiểm tra của máy chủ',
    sending: 'Đang gửi tới máy chủ…',
    accepted: 'Hồ sơ hợp lệ: máy chủ đã chấp nhận (HTTP {status}).',
    rejected: 'Máy chủ từ chối hồ sơ (HTTP {status}): {n} lỗi.',
    failed: 'Không gửi được tới máy chủ: {message}',
    warnings: 'Cảnh báo',
    errors: 'Lỗi',
    via: { element: 'gửi từ sự kiện thidua-submit', form: 'gửi từ FormData của biểu mẫu cổng' },
    loadingForm: 'Đang tải biểu mẫu…',
    footer: 'Thi Đua SDK — trang minh họa. Máy chủ tham chiếu: lệnh thidua serve. Dữ liệu nhập chỉ lưu trên trình duyệt này cho tới khi gửi.',
  },
  en: {
    agency: 'Emulation and Commendation Council',
    site: 'Emulation and commendation e-services portal',
    skip: 'Skip to main content',
    demo: 'Thi Đua SDK integration demo — not an official portal',
    searchLabel: 'Search',
    searchButton: 'Go',
    navHome: 'Home',
    navForms: 'E-forms',
    navApi: 'Plans API (JSON)',
    langLabel: 'Language:',
    indexTitle: 'E-forms by emulation plan',
    indexLead: 'Pick a plan and a document. Each form checks the data in the browser against the plan’s own rules, saves a draft as you type, then sends the submission to the server, which checks it again.',
    plansHeading: 'Plans',
    plansLoading: 'Loading the plans…',
    plansFailed: 'Could not load the plans from the server (/plans).',
    kind: { report: 'Progress report', nomination: 'Nomination dossier' },
    kindShort: { report: 'Report', nomination: 'Nomination' },
    province: 'Province',
    guideHeading: 'How to',
    guide: [
      'Fill in the parts; a field’s errors show under it once you leave it.',
      'Press “Check your answers” to see every answer, “Change” to go back to one.',
      'A draft is kept on this computer; reloading the page loses nothing.',
      'Submit: the portal sends the submission to the server and shows its answer.',
    ],
    aboutHeading: 'About this page',
    about: 'A static page with no build step: one <script type="module"> tag loads the <thidua-form> element; the content security policy allows only the site’s own scripts (script-src \'self\').',
    formMissing: 'Missing or wrong parameters: expected ?plan=…&kind=report|nomination.',
    hostFormHint: 'Alternatively, the button below submits the portal’s own <form>: the element adds its data to FormData and blocks the submission while there are errors.',
    hostSubmit: 'Submit through the portal form',
    answerHeading: 'The server’s answer',
    sending: 'Sending to the server…',
    accepted: 'Valid: the server accepted the submission (HTTP {status}).',
    rejected: 'The server refused the submission (HTTP {status}): {n} errors.',
    failed: 'Could not reach the server: {message}',
    warnings: 'Warnings',
    errors: 'Errors',
    via: { element: 'sent from the thidua-submit event', form: 'sent from the portal form’s FormData' },
    loadingForm: 'Loading the form…',
    footer: 'Thi Đua SDK — demo page. Reference server: the thidua serve command. What you type stays in this browser until you submit it.',
  },
};

/** The page's language: `?lang=en`, else Vietnamese. */
export function currentLang() {
  return new URLSearchParams(location.search).get('lang') === 'en' ? 'en' : 'vi';
}

export function fill(template, values) {
  return template.replace(/\{(\w+)\}/g, (m, k) => (k in values ? String(values[k]) : m));
}

/** Writes the texts of every `[data-text="key"]` element (and `data-text-attr` attributes). */
export function applyTexts(lang, root = document) {
  const t = TEXT[lang];
  document.documentElement.lang = lang;
  for (const el of root.querySelectorAll('[data-text]')) {
    const v = el.dataset.text.split('.').reduce((o, k) => (o == null ? o : o[k]), t);
    if (typeof v === 'string') el.textContent = v;
  }
  for (const el of root.querySelectorAll('[data-text-attr]')) {
    const [attr, key] = el.dataset.textAttr.split(':');
    const v = t[key];
    if (typeof v === 'string') el.setAttribute(attr, v);
  }
  for (const list of root.querySelectorAll('[data-text-list]')) {
    const items = t[list.dataset.textList];
    list.replaceChildren(...items.map((s) => Object.assign(document.createElement('li'), { textContent: s })));
  }
}

/**
 * The top bar's "Tiếng Việt | English" links: plain links to the same page with `?lang=`, and
 * `onSwitch(lang)` (when given) to change language in place without a reload.
 */
export function setUpLanguageSwitch(lang, onSwitch) {
  const links = document.querySelectorAll('.lang-switch a[hreflang]');
  const mark = (l) => {
    for (const a of links) {
      const url = new URL(location.href);
      url.searchParams.set('lang', a.hreflang);
      a.href = url.pathname + url.search;
      a.setAttribute('aria-current', String(a.hreflang === l));
    }
  };
  mark(lang);
  if (!onSwitch) return;
  for (const a of links) {
    a.addEventListener('click', (e) => {
      e.preventDefault();
      const l = a.hreflang === 'en' ? 'en' : 'vi';
      const url = new URL(location.href);
      url.searchParams.set('lang', l);
      history.replaceState(null, '', url.pathname + url.search);
      mark(l);
      onSwitch(l);
    });
  }
}

let plansPromise;
/** `GET /plans` from the reference server: `[{ id, title, province, kinds }]`. */
export function fetchPlans() {
  plansPromise ??= fetch('/plans', { headers: { accept: 'application/json' } }).then((r) => {
    if (!r.ok) throw new Error(`HTTP ${r.status}`);
    return r.json();
  });
  return plansPromise;
}

export function formHref(planId, kind, lang) {
  const q = new URLSearchParams({ plan: planId, kind, lang });
  return `form.html?${q}`;
}
