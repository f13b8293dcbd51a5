// Two pages on one draft key (a frame and this page: separate documents on one localStorage,
// as two tabs are) notice each other: once the other saved, this one shows a notice, saves
// nothing over the other's draft until the user chooses, and asks before the page is left.
import { expect } from '@esm-bundle/chai';
import { $, button, clearDrafts, draftsFrame, field, fixture, tick, tryToLeave, typeInto } from './helpers.js';

const PLAN = 'lam-dong-2022-2025';
const KEY = `thidua:draft:v1:${PLAN}:report:shared`;
const stored = () => JSON.parse(localStorage.getItem(KEY))?.value.header?.agency;

describe('two pages on one draft key', () => {
  let el;
  let frame;
  beforeEach(clearDrafts);
  afterEach(() => { el?.remove(); frame?.remove(); el = frame = undefined; clearDrafts(); });

  it('notice each other and never overwrite the other\'s draft without asking', async () => {
    frame = await draftsFrame('shared');
    el = await fixture({ plan: PLAN, kind: 'report', 'draft-key': 'shared' });
    const other = frame.contentDocument.querySelector('thidua-form');
    const otherAgency = () => other.shadowRoot.getElementById('f.header.agency');

    // This page saves first; the other page, which shows something else, is told.
    await typeInto(el, field(el, 'header', 'agency'), 'UBND huyện Đam Rông');
    await tick(500);
    expect(stored()).to.equal('UBND huyện Đam Rông');
    await other.updateComplete;
    expect(other.shadowRoot.querySelector('.draft-conflict').textContent).to.contain('vừa được lưu ở một thẻ hoặc cửa sổ khác');
    expect($(el, '.draft-conflict')).to.equal(null);

    // The other page types: nothing it types goes over this page's draft, and leaving asks.
    otherAgency().value = 'UBND huyện Lạc Dương';
    otherAgency().dispatchEvent(new Event('input', { bubbles: true }));
    await tick(500);
    expect(stored()).to.equal('UBND huyện Đam Rông');
    expect(tryToLeave(frame.contentWindow)).to.equal(true);

    // It chooses to keep its own: saved now, and this page is told in turn.
    await other.updateComplete;
    button(other, 'Giữ bản ở đây').click();
    await other.updateComplete;
    expect(stored()).to.equal('UBND huyện Lạc Dương');
    expect(other.shadowRoot.querySelector('.draft-conflict')).to.equal(null);
    expect(tryToLeave(frame.contentWindow)).to.equal(false);
    await tick(50);
    await el.updateComplete;
    expect($(el, '.draft-conflict').textContent).to.contain('vừa được lưu ở một thẻ hoặc cửa sổ khác');
    expect(field(el, 'header', 'agency').value).to.equal('UBND huyện Đam Rông');

    // This page takes the other's version.
    button(el, 'Dùng bản ở thẻ kia').click();
    await el.updateComplete;
    expect(field(el, 'header', 'agency').value).to.equal('UBND huyện Lạc Dương');
    expect(el.value.header.agency).to.equal('UBND huyện Lạc Dương');
    expect($(el, '.draft-conflict')).to.equal(null);
    expect(tryToLeave()).to.equal(false);

    // From now on both save as before.
    await typeInto(el, field(el, 'header', 'agency'), 'UBND huyện Lạc Dương, tỉnh Lâm Đồng');
    await tick(500);
    expect(stored()).to.equal('UBND huyện Lạc Dương, tỉnh Lâm Đồng');
  });

  it('a save elsewhere of exactly what this page shows needs no choice', async () => {
    frame = await draftsFrame('shared');
    el = await fixture({ plan: PLAN, kind: 'report', 'draft-key': 'shared' });
    const other = frame.contentDocument.querySelector('thidua-form');
    const otherAgency = other.shadowRoot.getElementById('f.header.agency');
    otherAgency.value = 'Xã Đạ Tông';
    otherAgency.dispatchEvent(new Event('input', { bubbles: true }));
    await typeInto(el, field(el, 'header', 'agency'), 'Xã Đạ Tông');
    await tick(600);
    await el.updateComplete;
    await other.updateComplete;
    expect($(el, '.draft-conflict')).to.equal(null);
    expect(other.shadowRoot.querySelector('.draft-conflict')).to.equal(null);
    expect(stored()).to.equal('Xã Đạ Tông');
  });
});
