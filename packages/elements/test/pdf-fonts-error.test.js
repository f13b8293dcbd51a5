// When the Tinos fonts cannot be fetched, "Tải PDF" fails with a coded error (THIDUA_PDF_FONTS)
// that names the font and the HTTP status, says so in the status line, and a later try fetches again.
import { expect } from '@esm-bundle/chai';
import { $, button, example, fixture, nextEvent } from './helpers.js';

const PLAN = 'lam-dong-2022-2025';

describe('PDF fonts that cannot be loaded', () => {
  let el;
  const realFetch = window.fetch;
  afterEach(() => {
    window.fetch = realFetch;
    el?.remove();
  });

  it('reject renderPdf() with ThiduaFontLoadError, report it, and are fetched again on the next try', async () => {
    el = await fixture({ plan: PLAN, kind: 'report' });
    el.value = await example(PLAN, 'report');
    el.review();
    await el.updateComplete;
    window.fetch = (input, init) => (String(input instanceof Request ? input.url : input).includes('/fonts/')
      ? Promise.resolve(new Response('gone', { status: 404 }))
      : realFetch(input, init));

    let err;
    try { await el.renderPdf(); } catch (e) { err = e; }
    expect(err).to.be.instanceOf(Error);
    expect(err.name).to.equal('ThiduaFontLoadError');
    expect(err.code).to.equal('THIDUA_PDF_FONTS');
    expect(err.details.status).to.equal(404);
    expect(err.details.url).to.match(/\/dist\/fonts\/Tinos_\w+\.ttf$/);
    expect(err.messageVi).to.equal(`Không tải được phông chữ ${err.details.url} (HTTP 404). Hãy phục vụ thư mục fonts/ cạnh pdf.js rồi bấm “Tải PDF” lại.`);
    expect(err.messageEn).to.match(/^The font .* could not be loaded \(HTTP 404\)\. Serve the fonts\/ folder/);
    expect(err.message).to.equal(`${err.messageVi} / ${err.messageEn}`);

    // The button reports it in the status line and as a thidua-error event.
    const reported = nextEvent(el, 'thidua-error');
    button(el, 'Tải PDF').click();
    const event = await reported;
    expect(event.detail.operation).to.equal('pdf');
    expect(event.detail.error.code).to.equal('THIDUA_PDF_FONTS');
    await el.updateComplete;
    expect($(el, '.status').textContent).to.contain('Không tạo được PDF: Không tải được phông chữ');

    // The failure is not remembered: with the fonts back, the PDF is built.
    window.fetch = realFetch;
    const bytes = await el.renderPdf();
    expect(String.fromCharCode(...bytes.slice(0, 5))).to.equal('%PDF-');
  });
});
