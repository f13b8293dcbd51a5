// Inside the CSP page: load the built element, then for every plan × kind render the form,
// refuse an empty submission, accept the example and submit it; build one PDF. Any CSP
// violation is recorded. Results go to the parent test by postMessage.
const violations = [];
document.addEventListener('securitypolicyviolation', (e) => {
  violations.push(`${e.violatedDirective}: ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber})`);
});
const errors = [];
window.addEventListener('error', (e) => errors.push(String(e.message)));
window.addEventListener('unhandledrejection', (e) => errors.push(String(e.reason?.stack ?? e.reason)));

const report = (msg) => window.parent.postMessage({ source: 'thidua-csp', ...msg }, '*');

try {
  await import('../../dist/thidua-elements.js');
  const catalog = await (await fetch('/packages/plans/dist/schemas/index.json')).json();
  const results = [];
  for (const plan of catalog) {
    const fx = await (await fetch(`/packages/plans/dist/fixtures/${plan.id}.json`)).json();
    for (const kind of plan.kinds) {
      const el = document.createElement('thidua-form');
      el.setAttribute('plan', plan.id);
      el.setAttribute('kind', kind);
      document.getElementById('forms').append(el);
      await el.ready;
      let invalid = 0;
      let submitted;
      el.addEventListener('thidua-invalid', () => invalid++);
      el.addEventListener('thidua-submit', (e) => { submitted = e.detail.value; });
      const refused = el.requestSubmit() === false;
      await el.updateComplete;
      const summary = el.shadowRoot.querySelector('.error-summary h2')?.textContent ?? '';
      const focused = el.shadowRoot.activeElement?.classList.contains('error-summary') ?? false;
      el.value = fx.examples.find((e) => e.kind === kind).data;
      const accepted = el.requestSubmit();
      results.push({ plan: plan.id, kind, refused, invalid, summary, focused, accepted, submitted: Boolean(submitted) });
      el.remove();
    }
  }
  // The PDF chunk, its fonts, pdf-lib and fontkit under the same policy.
  const el = document.createElement('thidua-form');
  el.setAttribute('plan', 'lam-dong-2022-2025');
  el.setAttribute('kind', 'report');
  document.getElementById('forms').append(el);
  await el.ready;
  const fx = await (await fetch('/packages/plans/dist/fixtures/lam-dong-2022-2025.json')).json();
  el.value = fx.examples.find((e) => e.kind === 'report').data;
  const pdf = await el.renderPdf();
  const pdfHead = String.fromCharCode(...pdf.slice(0, 5));
  await new Promise((r) => setTimeout(r, 50)); // let late violation reports arrive
  report({ ok: true, results, pdfHead, pdfBytes: pdf.length, violations, errors });
} catch (e) {
  report({ ok: false, error: String(e?.stack ?? e), violations, errors });
}
