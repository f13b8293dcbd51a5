// Nothing lost by one click: a removed nominee (any list entry) and "Bắt đầu lại" can be
// undone from a bar that says what went; focus after a removal never lands on another "Xóa".
import { expect } from '@esm-bundle/chai';
import { sendKeys } from '@web/test-runner-commands';
import { $, accessibleName, button, byId, clearDrafts, example, field, fixture, nextEvent, tick, typeInto } from './helpers.js';

const PLAN = 'lam-dong-2022-2025';
const KEY = `thidua:draft:v1:${PLAN}:nomination:undo-test`;
const saved = () => JSON.parse(localStorage.getItem(KEY));
const undoBar = (el) => $(el, '.undo-bar');
const undoButton = (el) => button(el, 'Hoàn tác');

/** A nomination with the plan's example data, saved as a draft by one edit. */
async function savedNomination() {
  const el = await fixture({ plan: PLAN, kind: 'nomination', 'draft-key': 'undo-test' });
  el.value = await example(PLAN, 'nomination');
  await el.updateComplete;
  await typeInto(el, field(el, 'header', 'place'), 'Đam Rông, Lâm Đồng');
  await tick(500);
  return el;
}

describe('undo', () => {
  let el;
  beforeEach(clearDrafts);
  afterEach(() => { el?.remove(); el = undefined; clearDrafts(); });

  it('a removed nominee comes back at its place with every value, and the draft saved after equals the one before', async () => {
    el = await savedNomination();
    const before = JSON.stringify(el.value);
    const draftBefore = JSON.stringify(saved().value);
    expect(draftBefore).to.equal(before);
    expect(undoBar(el).classList.contains('shown')).to.equal(false);

    byId(el, 'f.nominees.1-remove').click();
    await el.updateComplete;
    expect(el.value.nominees.map((n) => n.id)).to.deep.equal(['n1', 'n3', 'n4']);
    const bar = undoBar(el);
    expect(bar.classList.contains('shown')).to.equal(true);
    expect(bar.querySelector('[role="status"]').textContent).to.equal('Đã xóa đề nghị của Cil Múp K\'Hương.');
    // The bar is read out where it is; focus is not taken to it.
    expect(bar.contains(el.shadowRoot.activeElement)).to.equal(false);
    await tick(500);
    expect(saved().value.nominees.length).to.equal(3);

    const change = nextEvent(el, 'thidua-change');
    undoButton(el).click();
    await change;
    await el.updateComplete;
    expect(JSON.stringify(el.value)).to.equal(before);
    expect(accessibleName(el.shadowRoot.activeElement)).to.contain('Cil Múp K\'Hương'); // the card that came back
    expect(el.shadowRoot.activeElement.id).to.equal('f.nominees.1-toggle');
    expect(undoBar(el).classList.contains('shown')).to.equal(false);
    await tick(500);
    expect(JSON.stringify(saved().value)).to.equal(draftBefore);
  });

  it('an open card comes back open, with what was typed in it', async () => {
    el = await savedNomination();
    byId(el, 'f.nominees.2-toggle').click();
    await el.updateComplete;
    await typeInto(el, field(el, 'nominees', 2, 'summary'), 'Thôn văn hóa tiêu biểu nhiều năm liền.');
    const before = JSON.stringify(el.value);
    byId(el, 'f.nominees.2-remove').click();
    await el.updateComplete;
    undoButton(el).click();
    await el.updateComplete;
    expect(JSON.stringify(el.value)).to.equal(before);
    expect(byId(el, 'f.nominees.2-toggle').getAttribute('aria-expanded')).to.equal('true');
    expect(field(el, 'nominees', 2, 'summary').value).to.equal('Thôn văn hóa tiêu biểu nhiều năm liền.');
  });

  it('focus after a removal goes to the previous card, or the list heading for the first; two Enters remove one nominee', async () => {
    el = await savedNomination();
    byId(el, 'f.nominees.2-remove').focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(el.value.nominees.length).to.equal(3);
    expect(el.shadowRoot.activeElement.id).to.equal('f.nominees.1-toggle');
    await sendKeys({ press: 'Enter' }); // opens that card, removes nothing
    await el.updateComplete;
    expect(el.value.nominees.length).to.equal(3);
    expect(byId(el, 'f.nominees.1-toggle').getAttribute('aria-expanded')).to.equal('true');

    byId(el, 'f.nominees.0-remove').focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    const focused = el.shadowRoot.activeElement;
    expect(focused.id).to.equal('f.nominees-legend');
    expect(focused.textContent).to.contain('Danh sách đề nghị khen thưởng');
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(el.value.nominees.length).to.equal(2);
  });

  it('a removed row of a list is undone too, and the bar goes at the next change', async () => {
    el = await savedNomination();
    byId(el, 'f.nominees.0-toggle').click();
    await el.updateComplete;
    const rows = el.value.nominees[0].evidence.tyLeNgheoDaChieu;
    byId(el, 'f.nominees.0.evidence.tyLeNgheoDaChieu.1-remove').click();
    await el.updateComplete;
    expect(el.value.nominees[0].evidence.tyLeNgheoDaChieu.length).to.equal(rows.length - 1);
    expect(undoBar(el).textContent).to.match(/Đã xóa .+ 2\./);
    undoButton(el).click();
    await el.updateComplete;
    expect(el.value.nominees[0].evidence.tyLeNgheoDaChieu).to.deep.equal(rows);

    byId(el, 'f.nominees.0.evidence.tyLeNgheoDaChieu.1-remove').click();
    await el.updateComplete;
    expect(undoButton(el)).to.exist;
    await typeInto(el, field(el, 'header', 'place'), 'Đam Rông');
    expect(undoButton(el)).to.equal(undefined);
    expect(el.value.nominees[0].evidence.tyLeNgheoDaChieu.length).to.equal(rows.length - 1);
  });

  it('"Bắt đầu lại" can be undone: the data and its draft come back', async () => {
    el = await savedNomination();
    el.remove(); // flushes the save; the next element restores the draft
    el = await fixture({ plan: PLAN, kind: 'nomination', 'draft-key': 'undo-test' });
    const before = JSON.stringify(el.value);
    expect(el.value.nominees.length).to.equal(4);
    button(el, 'Bắt đầu lại').click();
    await el.updateComplete;
    expect(el.value.nominees ?? []).to.deep.equal([]);
    expect(localStorage.getItem(KEY)).to.equal(null);
    expect(undoBar(el).querySelector('[role="status"]').textContent).to.equal('Đã xóa bản nháp và bắt đầu lại từ đầu.');
    undoButton(el).click();
    await el.updateComplete;
    expect(JSON.stringify(el.value)).to.equal(before);
    expect($(el, '.status').textContent).to.equal('Đã hoàn tác.');
    await tick(500);
    expect(JSON.stringify(saved().value)).to.equal(before);
  });

  it('the bar stays long enough to reach by keyboard (over 10 s), and speaks English with lang="en"', async () => {
    el = await fixture({ plan: PLAN, kind: 'nomination', lang: 'en' });
    el.value = await example(PLAN, 'nomination');
    await el.updateComplete;
    byId(el, 'f.nominees.1-remove').click();
    await el.updateComplete;
    expect(undoBar(el).querySelector('[role="status"]').textContent).to.equal('The nomination of Cil Múp K\'Hương was removed.');
    await tick(10_500);
    await el.updateComplete;
    const undo = button(el, 'Undo');
    expect(undo, 'still offered after 10 s').to.exist;
    undo.click();
    await el.updateComplete;
    expect(el.value.nominees.length).to.equal(4);
  });
});
