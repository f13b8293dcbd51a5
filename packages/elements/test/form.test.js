// Form association (ElementInternals): the JSON goes into the host form's FormData under
// `name`, an invalid form blocks the host's submission, reset and disabled work.
import { expect } from '@esm-bundle/chai';
import { $, example, field, manyNominees, nextEvent, tick, typeInto, nfc } from './helpers.js';

const PLAN = 'dong-nai-tdkt-2023';

async function hostForm() {
  const form = document.createElement('form');
  form.action = 'about:blank';
  form.innerHTML = '<fieldset><thidua-form name="dossier" plan="dong-nai-tdkt-2023" kind="nomination"></thidua-form></fieldset><button type="submit">Nộp</button>';
  document.body.append(form);
  const el = form.querySelector('thidua-form');
  await el.ready;
  await el.updateComplete;
  return { form, el };
}

describe('inside a host <form>', () => {
  let form;
  afterEach(() => form?.remove());

  it('is a form-associated control of the form', async () => {
    let el;
    ({ form, el } = await hostForm());
    expect(el.form).to.equal(form);
    expect(form.elements.namedItem('dossier')).to.equal(el);
    expect(el.willValidate).to.equal(true);
  });

  it('puts its JSON into FormData under its name', async () => {
    let el;
    ({ form, el } = await hostForm());
    const data = await example(PLAN, 'nomination');
    el.value = data;
    await el.updateComplete;
    const json = new FormData(form).get('dossier');
    expect(JSON.parse(json)).to.deep.equal(nfc(data));
    await typeInto(el, field(el, 'header', 'place'), 'Biên Hòa');
    expect(JSON.parse(new FormData(form).get('dossier')).header.place).to.equal('Biên Hòa');
  });

  /**
   * A FormData of the form: what it sends under the element's name, and what the form itself
   * held there, read before the element's own formdata handler adds to it (a capture listener
   * on the document runs first).
   */
  function formData(form) {
    let held;
    const peek = (e) => { held = e.formData.get('dossier'); };
    document.addEventListener('formdata', peek, true);
    try {
      const sent = new FormData(form).get('dossier');
      return { held, sent: JSON.parse(sent), length: sent.length };
    } finally {
      document.removeEventListener('formdata', peek, true);
    }
  }

  it('holds no copy in the host form while the officer types, and FormData still gets the new text', async () => {
    let el;
    ({ form, el } = await hostForm());
    el.value = await example(PLAN, 'nomination');
    await el.updateComplete;
    await tick(400);
    expect(JSON.parse(formData(form).held).header.place).to.equal(el.value.header.place);
    const place = field(el, 'header', 'place');
    place.focus();
    place.value = 'Long Khánh';
    place.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, inputType: 'insertText', data: 'h' }));
    // Chromium copies every control's value into the page's history entry once a second
    // while typing goes on: a 300-nominee dossier made that a 50 ms task between keys.
    const typing = formData(form);
    expect(typing.held).to.equal(null);
    expect(typing.sent.header.place).to.equal('Long Khánh');
    await typeInto(el, place, 'Long Khánh 2', { blur: false });
    await tick(400);
    expect(JSON.parse(formData(form).held).header.place).to.equal('Long Khánh 2');
  });

  it('holds no copy of a dossier too large for the browser to copy cheaply, and FormData still carries it', async () => {
    let el;
    ({ form, el } = await hostForm());
    el.value = await manyNominees(PLAN, 120);
    await el.updateComplete;
    await tick(400);
    const { held, sent, length } = formData(form);
    expect(held).to.equal(null);
    expect(length).to.be.above(65_536);
    expect(sent.nominees).to.have.length(120);
  });

  it('blocks the host form\'s submission while invalid and shows its summary instead', async () => {
    let el;
    ({ form, el } = await hostForm());
    let submits = 0;
    form.addEventListener('submit', (e) => { e.preventDefault(); submits++; });
    const invalid = nextEvent(el, 'thidua-invalid');
    expect(el.validity.valid).to.equal(false);
    expect(el.validity.customError).to.equal(true);
    expect(el.validationMessage).to.match(/^Hồ sơ còn \d+ lỗi\./);
    expect(form.checkValidity()).to.equal(false);
    form.requestSubmit();
    await invalid;
    await el.updateComplete;
    expect(submits).to.equal(0);
    expect($(el, '.error-summary')).to.exist;
    expect(el.shadowRoot.activeElement).to.equal($(el, '.error-summary'));

    el.value = await example(PLAN, 'nomination');
    await el.updateComplete;
    expect(el.validity.valid).to.equal(true);
    form.requestSubmit();
    expect(submits).to.equal(1);
  });

  it('form.reset() returns to the value the host set; a disabled fieldset disables the controls', async () => {
    let el;
    ({ form, el } = await hostForm());
    const data = await example(PLAN, 'nomination');
    el.value = data;
    await typeInto(el, field(el, 'header', 'place'), 'Khác');
    form.reset();
    await el.updateComplete;
    expect(el.value.header.place).to.equal(data.header.place);
    form.querySelector('fieldset').disabled = true;
    await el.updateComplete;
    expect(field(el, 'header', 'place').disabled).to.equal(true);
    form.querySelector('fieldset').disabled = false;
    await el.updateComplete;
    expect(field(el, 'header', 'place').disabled).to.equal(false);
  });
});
