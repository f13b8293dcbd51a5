// The bare test page: one <thidua-form> in a host <form>, configured from the query string
// (?plan=&kind=&lang=&draft-key=), under `script-src 'self'` (the server sends the header).
// Records CSP violations and the element's events for the tests in window.thiduaHarness.
const q = new URLSearchParams(location.search);
const el = document.getElementById('form');
const host = document.getElementById('host');
const events = [];
const violations = [];

document.addEventListener('securitypolicyviolation', (e) => {
  violations.push({ directive: e.effectiveDirective, blocked: e.blockedURI, source: e.sourceFile, line: e.lineNumber, sample: e.sample });
});
for (const type of ['thidua-ready', 'thidua-change', 'thidua-invalid', 'thidua-submit', 'thidua-error']) {
  el.addEventListener(type, (e) => {
    events.push({ type, detail: type === 'thidua-change' ? { source: e.detail?.source } : e.detail, t: performance.now() });
    if (type === 'thidua-submit' && q.get('keep') !== '0') e.preventDefault();
  });
}
host.addEventListener('submit', (e) => {
  e.preventDefault();
  events.push({ type: 'host-submit', data: new FormData(host).get('submission'), t: performance.now() });
});
if (q.get('novalidate')) host.noValidate = true;

const lang = q.get('lang') === 'en' ? 'en' : 'vi';
document.documentElement.lang = lang;
if (q.get('draft-key')) el.setAttribute('draft-key', q.get('draft-key'));
el.setAttribute('lang', lang);
el.setAttribute('kind', q.get('kind') ?? 'report');
el.setAttribute('plan', q.get('plan') ?? '');
document.getElementById('title').textContent = `${q.get('plan')} · ${q.get('kind')}`;

const frame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));

async function whenReady() {
  await customElements.whenDefined('thidua-form');
  if (el.ready && typeof el.ready.then === 'function') await el.ready;
  else if (!events.some((e) => e.type === 'thidua-ready')) await new Promise((r) => el.addEventListener('thidua-ready', r, { once: true }));
  await el.updateComplete;
  await frame();
}

async function setValue(v) {
  el.value = v;
  await el.updateComplete;
  await frame();
}

window.thiduaHarness = { el, host, events, violations, whenReady, setValue, frame };
