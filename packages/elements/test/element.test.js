// The element as a citizen of any page: no styles leak in or out, theming through custom
// properties and ::part, a second registration warns instead of throwing, keyboard-only use,
// and the `ready` promise / `thidua-ready` event.
import { expect } from '@esm-bundle/chai';
import { sendKeys } from '@web/test-runner-commands';
import { ThiduaForm, defineElement, setAssetBase, VERSION } from '../dist/thidua-elements.js';
import { $, $$, button, field, fieldNear, fixture, nextEvent } from './helpers.js';

const PLAN = 'dong-nai-so-ket-2023';

describe('<thidua-form> in a page', () => {
  let el;
  let style;
  afterEach(() => { el?.remove(); style?.remove(); });

  it('is defined by the bundle, with its version', () => {
    expect(customElements.get('thidua-form')).to.equal(ThiduaForm);
    expect(ThiduaForm.version).to.equal(VERSION);
  });

  it('resolves `ready` and fires thidua-ready once the plan chunk has loaded', async () => {
    el = document.createElement('thidua-form');
    el.setAttribute('plan', PLAN);
    el.setAttribute('kind', 'report');
    const ev = nextEvent(el, 'thidua-ready');
    document.body.append(el);
    expect(() => el.validate()).to.throw(/chưa tải xong/);
    await el.ready;
    expect((await ev).detail).to.deep.equal({ plan: PLAN, kind: 'report', draftRestored: false });
    expect(el.validate().ok).to.equal(false);
  });

  it('rejects `ready` and fires thidua-error for an unknown plan, with a message in the form', async () => {
    el = document.createElement('thidua-form');
    el.setAttribute('plan', 'khong-co-ke-hoach');
    const ev = nextEvent(el, 'thidua-error');
    document.body.append(el);
    let err;
    await el.ready.catch((e) => { err = e; });
    expect(err).to.exist;
    expect((await ev).detail.operation).to.equal('load');
    await el.updateComplete;
    expect($(el, '[role="alert"]').textContent).to.contain('Không tải được biểu mẫu');
  });

  it('offers "Thử lại" when the chunks could not be loaded, and loads them on it', async () => {
    setAssetBase('/no-such-folder/');
    try {
      el = document.createElement('thidua-form');
      el.setAttribute('plan', PLAN);
      el.setAttribute('kind', 'report');
      document.body.append(el);
      await el.ready.catch(() => {});
      await el.updateComplete;
      expect($(el, '[role="alert"]').textContent).to.contain('Thử lại');
    } finally {
      setAssetBase(new URL('../dist/', import.meta.url));
    }
    const ready = nextEvent(el, 'thidua-ready');
    button(el, 'Thử lại').click();
    await ready;
    await el.updateComplete;
    expect($(el, '[role="alert"]')).to.equal(null);
    expect(field(el, 'header', 'agency')).to.exist;
  });

  it('adds no global style and is not touched by the page\'s', async () => {
    const sheets = document.styleSheets.length;
    const adopted = document.adoptedStyleSheets.length;
    style = document.createElement('style');
    style.textContent = 'input { background: rgb(255, 0, 0) !important; } label { color: rgb(0, 255, 0) !important; } * { letter-spacing: 7px; } h2 { font-size: 50px; }';
    document.head.append(style);
    el = await fixture({ plan: PLAN, kind: 'report' });
    expect(document.styleSheets.length).to.equal(sheets + 1);
    expect(document.adoptedStyleSheets.length).to.equal(adopted);
    const input = field(el, 'header', 'agency');
    expect(getComputedStyle(input).backgroundColor).to.equal('rgb(255, 255, 255)');
    expect(getComputedStyle(el.shadowRoot.querySelector('label')).color).not.to.equal('rgb(0, 255, 0)');
    expect(getComputedStyle(input).letterSpacing).to.equal('normal');
    expect(getComputedStyle($(el, '.title')).fontSize).not.to.equal('50px');
  });

  it('is themed through --thidua-* properties and ::part', async () => {
    style = document.createElement('style');
    style.textContent = 'thidua-form.themed { --thidua-color-primary: rgb(122, 0, 25); --thidua-font-family: monospace; } thidua-form.themed::part(title) { display: none; }';
    document.head.append(style);
    el = await fixture({ plan: PLAN, kind: 'report', class: 'themed' });
    const primary = $(el, '.footer .primary');
    expect(getComputedStyle(primary).backgroundColor).to.equal('rgb(122, 0, 25)');
    expect(getComputedStyle(field(el, 'header', 'agency')).fontFamily).to.equal('monospace');
    expect(getComputedStyle($(el, '.title')).display).to.equal('none');
  });

  it('a second registration of the tag warns, naming both versions, and does not throw', () => {
    const warnings = [];
    const orig = console.warn;
    console.warn = (m) => warnings.push(String(m));
    try {
      class Other extends HTMLElement { static version = '9.9.9'; }
      defineElement('thidua-form', Other);
      defineElement('thidua-form', ThiduaForm); // the same class again: silent
    } finally {
      console.warn = orig;
    }
    expect(warnings.length).to.equal(1);
    expect(warnings[0]).to.contain(`version ${VERSION}`).and.to.contain('version 9.9.9');
    expect(customElements.get('thidua-form')).to.equal(ThiduaForm);
  });

  it('can be filled and submitted with the keyboard alone', async () => {
    el = await fixture({ plan: PLAN, kind: 'report' });
    // Tab order follows the form: each Tab lands on the next control.
    field(el, 'header', 'parentAgency').focus();
    const order = [];
    for (let i = 0; i < 4; i++) {
      await sendKeys({ press: 'Tab' });
      order.push(el.shadowRoot.activeElement?.id);
    }
    expect(order).to.deep.equal(['f.header.agency', 'f.header.unitType', 'f.header.number', 'f.header.place']);
    // Every control reached by Tab shows where the focus is.
    for (let i = 0; i < 40; i++) {
      await sendKeys({ press: 'Tab' });
      const a = el.shadowRoot.activeElement;
      if (!a) break;
      expect(getComputedStyle(a).outlineStyle, `focus on ${a.id || a.textContent}`).to.equal('solid');
    }
    // Back up to the header, as the officer scrolls there: a group scrolled far from the view
    // draws its fields again once near it. Then type into a field, and submit from the
    // keyboard: focus moves to the summary.
    (await fieldNear(el, 'header', 'agency')).focus();
    await sendKeys({ type: 'UBND tỉnh Đồng Nai' });
    expect(el.value.header.agency).to.equal('UBND tỉnh Đồng Nai');
    button(el, 'Gửi báo cáo').focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(el.shadowRoot.activeElement).to.equal($(el, '.error-summary'));
    // Tab to the first link and follow it with Enter: the field gets focus.
    await sendKeys({ press: 'Tab' });
    const link = el.shadowRoot.activeElement;
    expect(link.tagName).to.equal('A');
    expect(getComputedStyle(link).outlineStyle, 'visible focus').to.equal('solid');
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    await new Promise((r) => requestAnimationFrame(r));
    expect(el.shadowRoot.activeElement.matches('input, select, textarea')).to.equal(true);
    expect($$(el, '.has-error').length).to.be.greaterThan(0);
  });
});
