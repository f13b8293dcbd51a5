// The engine's text checks run in the bundle too, though their code ships in plans/runtime.js:
// a character the PDF cannot print and TCVN3 mojibake show as inline errors.
import { expect } from '@esm-bundle/chai';
import { byId, field, fieldNear, fixture, typeInto } from './helpers.js';

const PLAN = 'lam-dong-2022-2025';

describe('text checks in the element', () => {
  let el;
  afterEach(() => el?.remove());

  it('an unprintable character is an inline error naming its code and position, never echoing it', async () => {
    el = await fixture({ plan: PLAN, kind: 'report' });
    const agency = field(el, 'header', 'agency');
    await typeInto(el, agency, 'Ủy ban nhân dân \u202ehuyện Đam Rông');
    const err = byId(el, 'f.header.agency-error').textContent.replace(/\s+/g, ' ').trim();
    expect(err).to.contain('Ký tự U+202E ở vị trí 17 là ký tự điều khiển hướng chữ');
    expect(err).not.to.contain('\u202e');
    await typeInto(el, agency, 'Ủy ban nhân dân 中 huyện Đam Rông');
    expect(byId(el, 'f.header.agency-error').textContent).to.contain('U+4E2D “\u2068中\u2069” ở vị trí 17');
    await typeInto(el, agency, 'Ủy ban nhân dân huyện Đam Rông');
    expect(byId(el, 'f.header.agency-error')).to.equal(null);
  });

  it('TCVN3 mojibake is still recognised', async () => {
    el = await fixture({ plan: PLAN, kind: 'report' });
    const agency = field(el, 'header', 'agency');
    await typeInto(el, agency, 'Uû ban nh©n d©n huyÖn §am R«ng');
    expect(byId(el, 'f.header.agency-error').textContent).to.contain('TCVN3');
  });
});

// The signer-title pattern once backtracked quadratically: one keystroke after 40 000 characters
// froze the tab for half a minute. Now the pattern is linear and over-long text is cut before it.
describe('a pasted 100 000-character signer title', () => {
  let el;
  afterEach(() => el?.remove());

  it('is refused as too long at once, and the form stays responsive', async () => {
    el = await fixture({ plan: PLAN, kind: 'report' });
    const title = await fieldNear(el, 'signer', 'title');
    const t0 = performance.now();
    await typeInto(el, title, 'PHÓ CHỦ TỊCH '.repeat(7700) + 'a');
    const ms = performance.now() - t0;
    expect(byId(el, 'f.signer.title-error').textContent).to.contain('Rút gọn còn tối đa 120 ký tự (đang có 100.101)');
    // Generous: a quadratic pattern took seconds at this length.
    expect(ms).to.be.below(1500);
  });
});
