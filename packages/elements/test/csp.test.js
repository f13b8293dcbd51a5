// The element in a page served with `Content-Security-Policy: script-src 'self'` (and no
// 'unsafe-inline' styles): every plan × kind loads its chunk, validates, refuses and submits,
// the PDF chunk builds a PDF, and the browser reports no violation.
import { expect } from '@esm-bundle/chai';

function runPage(src, timeout = 120_000) {
  return new Promise((resolve, reject) => {
    const frame = document.createElement('iframe');
    const timer = setTimeout(() => reject(new Error(`${src}: no result in ${timeout} ms`)), timeout);
    window.addEventListener('message', function onMessage(e) {
      if (e.data?.source !== 'thidua-csp') return;
      window.removeEventListener('message', onMessage);
      clearTimeout(timer);
      resolve({ data: e.data, frame });
    });
    frame.src = src;
    frame.style.width = '1000px';
    document.body.append(frame);
  });
}

describe('under Content-Security-Policy: script-src \'self\'', () => {
  it('the header is really there', async () => {
    const res = await fetch('/packages/elements/test/pages/csp.html');
    expect(res.headers.get('content-security-policy')).to.contain("script-src 'self'");
    expect(res.headers.get('content-security-policy')).not.to.contain('unsafe-eval');
  });

  it('every plan × kind renders, validates, refuses and submits, and a PDF is built, with no violation', async () => {
    const { data, frame } = await runPage('/packages/elements/test/pages/csp.html');
    frame.remove();
    expect(data.error ?? '').to.equal('');
    expect(data.violations).to.deep.equal([]);
    expect(data.errors).to.deep.equal([]);
    expect(data.results.length).to.equal(10);
    for (const r of data.results) {
      expect(r, `${r.plan} ${r.kind}`).to.include({ refused: true, invalid: 1, focused: true, accepted: true, submitted: true });
      expect(r.summary).to.match(/^Có \d+ lỗi cần sửa$/);
    }
    expect(data.pdfHead).to.equal('%PDF-');
    expect(data.pdfBytes).to.be.greaterThan(10_000);
  });
});
