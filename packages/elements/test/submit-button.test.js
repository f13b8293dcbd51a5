// The element's own "Gửi" gives way to the page's: left out with submit-button="hide", or by
// itself inside a host <form> that has a submit button (unless submit-button="show");
// "Kiểm tra lại" always stays.
import { expect } from '@esm-bundle/chai';
import { $, button, example, fixture, nextEvent } from './helpers.js';

const PLAN = 'lam-dong-2022-2025';

/** The names of the buttons in the footer of the step shown. */
const footer = (el) => [...$(el, '.footer').querySelectorAll('button')].map((b) => b.textContent.trim());

async function inForm(inner) {
  const form = document.createElement('form');
  form.id = 'host';
  form.action = 'about:blank';
  form.innerHTML = `<thidua-form name="dossier" plan="${PLAN}" kind="nomination"></thidua-form>${inner}`;
  document.body.append(form);
  const el = form.querySelector('thidua-form');
  await el.ready;
  await el.updateComplete;
  return { form, el };
}

describe('the element\'s own submit button', () => {
  let cleanup = [];
  afterEach(() => {
    for (const n of cleanup) n.remove();
    cleanup = [];
  });

  it('is there on a page of its own, in both steps', async () => {
    const el = await fixture({ plan: PLAN, kind: 'nomination' });
    cleanup.push(el);
    expect(footer(el)).to.deep.equal(['Kiểm tra lại', 'Gửi hồ sơ']);
    el.value = await example(PLAN, 'nomination');
    await el.updateComplete;
    expect(el.review()).to.equal(true);
    await el.updateComplete;
    expect(footer(el)).to.deep.equal(['Gửi hồ sơ', 'Tải PDF', 'Quay lại sửa']);
  });

  it('submit-button="hide" leaves it out of both steps and keeps "Kiểm tra lại"', async () => {
    const el = await fixture({ plan: PLAN, kind: 'report', 'submit-button': 'hide' });
    cleanup.push(el);
    expect(el.submitButton).to.equal('hide');
    expect(footer(el)).to.deep.equal(['Kiểm tra lại']);
    expect(button(el, 'Gửi báo cáo')).to.equal(undefined);
    el.value = await example(PLAN, 'report');
    await el.updateComplete;
    el.review();
    await el.updateComplete;
    expect(footer(el)).to.deep.equal(['Tải PDF', 'Quay lại sửa']);
    // Back to the default, the button comes back.
    el.submitButton = 'auto';
    await el.updateComplete;
    expect(footer(el)).to.deep.equal(['Gửi báo cáo', 'Tải PDF', 'Quay lại sửa']);
  });

  it('gives way to the submit button of a host <form>, which still submits through the element\'s checks', async () => {
    const { form, el } = await inForm('<button type="submit">Nộp hồ sơ lên cổng</button>');
    cleanup.push(form);
    expect(footer(el)).to.deep.equal(['Kiểm tra lại']);
    let submits = 0;
    form.addEventListener('submit', (e) => { e.preventDefault(); submits++; });
    // Invalid: the portal's button shows the element's error summary and submits nothing.
    const invalid = nextEvent(el, 'thidua-invalid');
    form.querySelector('button').click();
    await invalid;
    await el.updateComplete;
    expect(submits).to.equal(0);
    expect($(el, '.error-summary')).to.exist;
    el.value = await example(PLAN, 'nomination');
    await el.updateComplete;
    form.querySelector('button').click();
    expect(submits).to.equal(1);
  });

  it('submit-button="show" keeps it beside the host form\'s own, for pages that offer both ways', async () => {
    const { form, el } = await inForm('<button type="submit">Nộp</button>');
    cleanup.push(form);
    expect(footer(el)).to.deep.equal(['Kiểm tra lại']);
    el.setAttribute('submit-button', 'show');
    await el.updateComplete;
    expect(footer(el)).to.deep.equal(['Kiểm tra lại', 'Gửi hồ sơ']);
  });

  it('counts a submit button tied to the form from outside it (form="…") and <input type="submit">', async () => {
    const { form, el } = await inForm('');
    cleanup.push(form);
    expect(footer(el)).to.deep.equal(['Kiểm tra lại', 'Gửi hồ sơ']);
    const outside = document.createElement('input');
    outside.type = 'submit';
    outside.value = 'Nộp';
    outside.setAttribute('form', 'host');
    document.body.append(outside);
    cleanup.push(outside);
    // Outside the form's own subtree, it counts from the element's next update on.
    expect(form.elements.length).to.be.greaterThan(1);
    el.requestUpdate();
    await el.updateComplete;
    expect(footer(el)).to.deep.equal(['Kiểm tra lại']);
  });

  it('follows the host form\'s buttons as the page changes them', async () => {
    const { form, el } = await inForm('<button type="button">Lưu tạm</button>');
    cleanup.push(form);
    // A type="button" does not submit: the element keeps its own.
    expect(footer(el)).to.deep.equal(['Kiểm tra lại', 'Gửi hồ sơ']);
    const pageButton = form.querySelector('button');
    pageButton.type = 'submit';
    await new Promise((r) => setTimeout(r));
    await el.updateComplete;
    expect(footer(el)).to.deep.equal(['Kiểm tra lại']);
    pageButton.remove();
    await new Promise((r) => setTimeout(r));
    await el.updateComplete;
    expect(footer(el)).to.deep.equal(['Kiểm tra lại', 'Gửi hồ sơ']);
    // Moved out of the form, the element shows its own again; into another with a button, not.
    const other = document.createElement('form');
    other.innerHTML = '<button>Gửi</button>';
    document.body.append(other);
    cleanup.push(other);
    other.prepend(el);
    await el.updateComplete;
    expect(footer(el)).to.deep.equal(['Kiểm tra lại']);
  });
});
