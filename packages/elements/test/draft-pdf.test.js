// A draft PDF built in the browser prints whatever is there: a nominee of a type the plan
// does not know, a "Kính gửi" that is not a list of texts, junk where a section belongs —
// a PDF comes out, no error event, no exception.
import { expect } from '@esm-bundle/chai';
import { example, fixture } from './helpers.js';

const PLAN = 'lam-dong-2022-2025';

/** The PDF's bytes as text, its streams still deflated: enough for the header and trailer. */
const latin1 = (bytes) => Array.from(bytes.subarray(0, 8), (b) => String.fromCharCode(b)).join('');
const tail = (bytes) => Array.from(bytes.subarray(bytes.length - 8), (b) => String.fromCharCode(b)).join('');

describe('draft PDF in the browser', () => {
  let el;
  let errors;
  const onError = (e) => errors.push(e.detail);
  beforeEach(() => { errors = []; });
  afterEach(() => {
    el?.removeEventListener('thidua-error', onError);
    el?.remove();
  });

  async function draftPdf(kind, change) {
    el = await fixture({ plan: PLAN, kind });
    el.addEventListener('thidua-error', onError);
    const data = await example(PLAN, kind);
    change(data);
    el.value = data;
    await el.updateComplete;
    expect(el.validate().ok).to.equal(false);
    return el.renderPdf({ draft: true });
  }

  it('prints a nomination with a nominee of unknown type and a wrong-shaped "to"', async () => {
    const bytes = await draftPdf('nomination', (d) => {
      d.nominees[0].type = 'robot';
      d.coverLetter.to = { 'Kính gửi': 'Chủ tịch UBND tỉnh' };
    });
    expect(bytes.length).to.be.greaterThan(10_000);
    expect(latin1(bytes)).to.match(/^%PDF-1\.\d/);
    expect(tail(bytes)).to.contain('%%EOF');
    expect(errors).to.deep.equal([]);
  });

  it('prints a report whose "to" is one text and whose sections are a list', async () => {
    const bytes = await draftPdf('report', (d) => {
      d.to = 'Sở Lao động - Thương binh và Xã hội';
      d.sections = [1, 'hai', null];
      d.period = 2023;
    });
    expect(bytes.length).to.be.greaterThan(5_000);
    expect(latin1(bytes)).to.match(/^%PDF-1\.\d/);
    expect(errors).to.deep.equal([]);
  });
});
