// The element's errors are classes a host catches with instanceof, with a code and both languages.
import { expect } from '@esm-bundle/chai';
import { ThiduaInvalidError, ThiduaNotReadyError } from '../dist/thidua-elements.js';
import { fixture } from './helpers.js';

describe('errors thrown by <thidua-form>', () => {
  let el;
  afterEach(() => el?.remove());

  it('a PDF of invalid data throws ThiduaInvalidError with the errors and a bilingual message', async () => {
    el = await fixture({ plan: 'lam-dong-2022-2025', kind: 'report' });
    let err;
    try { await el.renderPdf(); } catch (e) { err = e; }
    expect(err).to.be.instanceOf(ThiduaInvalidError);
    expect(err).to.be.instanceOf(Error);
    expect(err.name).to.equal('ThiduaInvalidError');
    expect(err.code).to.equal('THIDUA_INVALID');
    expect(err.errors.length).to.be.greaterThan(0);
    expect(err.details.errors).to.equal(err.errors);
    expect(err.messageVi).to.match(/^Hồ sơ còn \d+ lỗi\. Sửa các lỗi/);
    expect(err.messageEn).to.match(/Fix the errors/);
    expect(err.message).to.equal(`${err.messageVi} / ${err.messageEn}`);
  });

  it('a method that needs the plan throws ThiduaNotReadyError before the plan has loaded', async () => {
    el = document.createElement('thidua-form');
    el.setAttribute('plan', 'lam-dong-2022-2025');
    let err;
    try { await el.renderPdf(); } catch (e) { err = e; }
    expect(err).to.be.instanceOf(ThiduaNotReadyError);
    expect(err.code).to.equal('THIDUA_NOT_READY');
    expect(err.messageVi).to.match(/chưa tải xong/);
  });
});
