// A long report (the plan's outline): contents with each part's progress, beside the form and
// sticky when the element is wide, behind a button on a phone; a link moves focus to its part.
// Labels say "(nếu có)" once, hints carry no implementation words, and "(không bắt buộc)"
// marks only what is optional in full.
import { expect } from '@esm-bundle/chai';
import { setViewport } from '@web/test-runner-commands';
import { $, $$, byId, example, field, fieldNear, fixture, typeInto } from './helpers.js';

const LD = 'lam-dong-2022-2025';
const text = (node) => node.textContent.replace(/\s+/g, ' ').trim();
const frame = () => new Promise((r) => requestAnimationFrame(() => r()));
const entry = (el, label) => $$(el, '.contents-item').find((li) => text(li.querySelector(':scope > a .contents-label')) === label);
const stateOf = (el, label) => text(entry(el, label).querySelector(':scope > a .contents-state')).replace(/^, /, '');

describe('contents of a long report', () => {
  let el;
  afterEach(async () => {
    el?.remove();
    window.scrollTo(0, 0);
    await setViewport({ width: 800, height: 600 });
  });

  it('lists every part and the outline’s top sections, each with how far it has got', async () => {
    await setViewport({ width: 1280, height: 800 });
    el = await fixture({ plan: LD, kind: 'report' });
    const nav = $(el, 'nav.contents');
    expect(nav.getAttribute('aria-labelledby')).to.equal('contents-title');
    const labels = $$(el, '.contents-item > a .contents-label').map(text);
    expect(labels).to.include.members(['Thông tin văn bản', 'Kỳ báo cáo', 'Nội dung báo cáo', 'Người ký']);
    expect(labels.some((l) => l.startsWith('I. CÔNG TÁC TRIỂN KHAI'))).to.equal(true);
    expect(labels.some((l) => l.startsWith('VI. PHƯƠNG HƯỚNG'))).to.equal(true);
    expect(stateOf(el, 'Người ký')).to.equal('Chưa điền');

    // Begun: something written, errors not yet shown.
    await typeInto(el, await fieldNear(el, 'signer', 'fullName'), 'Nguyễn Văn An');
    expect(stateOf(el, 'Người ký')).to.equal('Đang điền');
    // An error the officer has seen turns it red.
    const title = field(el, 'signer', 'title');
    title.focus();
    title.blur();
    await el.updateComplete;
    expect(stateOf(el, 'Người ký')).to.equal('Có lỗi');
    expect(entry(el, 'Người ký').classList.contains('state-errors')).to.equal(true);

    // The full example: every part done, and the heading says so.
    el.value = await example(LD, 'report');
    await el.updateComplete;
    for (const li of $$(el, '.contents-list > .contents-item')) expect(text(li.querySelector(':scope > a .contents-state')), text(li)).to.match(/Đã xong$|Chưa điền$/);
    expect(stateOf(el, 'Người ký')).to.equal('Đã xong');
    expect(text($(el, '.contents-title .contents-progress'))).to.match(/^đã xong \d+\/\d+ phần$/);
  });

  it('stands beside the form and stays in view while the page scrolls, on a wide screen', async () => {
    await setViewport({ width: 1280, height: 800 });
    el = await fixture({ plan: LD, kind: 'report' });
    const nav = $(el, 'nav.contents');
    const form = $(el, '.form');
    expect(nav.getBoundingClientRect().right).to.be.at.most(form.getBoundingClientRect().left);
    expect(getComputedStyle($(el, '.contents-toggle')).display).to.equal('none');
    expect(getComputedStyle($(el, '#contents-list')).display).not.to.equal('none');
    // Parts off screen are laid out as they come near (content-visibility): scroll in steps.
    for (let i = 0; i < 30 && window.scrollY < 3000; i++) {
      window.scrollBy(0, 600);
      await frame();
    }
    expect(window.scrollY).to.be.greaterThan(2000);
    const top = nav.getBoundingClientRect().top;
    expect(top).to.be.within(-1, 20);
  });

  it('is one button above the form on a phone, opened and closed with aria-expanded', async () => {
    await setViewport({ width: 390, height: 800 });
    el = await fixture({ plan: LD, kind: 'report' });
    const toggle = $(el, '.contents-toggle');
    const list = $(el, '#contents-list');
    expect(getComputedStyle(toggle).display).not.to.equal('none');
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    expect(getComputedStyle(list).display).to.equal('none');
    expect(toggle.getBoundingClientRect().bottom).to.be.at.most($(el, '.form').getBoundingClientRect().top);
    toggle.click();
    await el.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    expect(getComputedStyle(list).display).not.to.equal('none');
    // A link moves focus to its part and closes the list again.
    const link = $$(el, '.contents-item > a').find((a) => text(a).startsWith('Người ký'));
    link.click();
    await el.updateComplete;
    await frame();
    expect(el.shadowRoot.activeElement?.id).to.equal('f.signer-legend');
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
  });

  it('a link moves focus to the section’s heading and brings it to the top', async () => {
    await setViewport({ width: 1280, height: 800 });
    el = await fixture({ plan: LD, kind: 'report' });
    const link = $$(el, '.contents-item > a').find((a) => text(a).startsWith('IV. CÔNG TÁC KHEN THƯỞNG'));
    const target = link.getAttribute('href').slice(1);
    link.click();
    await frame();
    const heading = el.shadowRoot.activeElement;
    expect(heading.id).to.equal(target);
    expect(heading.tagName).to.match(/^H[2-6]$/);
    expect(text(heading)).to.contain('IV. CÔNG TÁC KHEN THƯỞNG');
    expect(heading.getBoundingClientRect().top).to.be.within(-1, 40);
    // Out of the tab order: only reached by the link.
    expect(heading.getAttribute('tabindex')).to.equal('-1');
  });

  it('is not drawn for a nomination dossier, nor on the review step', async () => {
    el = await fixture({ plan: LD, kind: 'nomination' });
    expect(Boolean($(el, 'nav.contents'))).to.equal(false);
    el.remove();
    el = await fixture({ plan: LD, kind: 'report' });
    el.value = await example(LD, 'report');
    await el.updateComplete;
    expect(Boolean($(el, 'nav.contents'))).to.equal(true);
    el.review();
    await el.updateComplete;
    expect(Boolean($(el, 'nav.contents'))).to.equal(false);
  });
});

describe('labels and hints of a report', () => {
  let el;
  afterEach(() => el?.remove());

  it('say "(nếu có)" once where the printed title already has it', async () => {
    el = await fixture({ plan: LD, kind: 'report' });
    const heading = byId(el, 'f.sections.deXuatKienNghi-title');
    expect(text(heading)).to.equal('2. Đề xuất, kiến nghị (nếu có)');
    for (const node of $$(el, 'label, legend, h3, h4, h5, h6')) expect(text(node), text(node)).not.to.contain('(nếu có) (nếu có)');
  });

  it('put no implementation words in hints shown to officers', async () => {
    for (const plan of ['dong-nai-so-ket-2023', LD]) {
      el = await fixture({ plan, kind: 'report' });
      for (const hint of $$(el, '.hint')) expect(text(hint), plan).not.to.match(/\bSDK\b|không có trong đề cương|JSON|schema|lược đồ/i);
      el.remove();
    }
  });

  it('mark "(không bắt buộc)" only on what is optional in full', async () => {
    el = await fixture({ plan: LD, kind: 'report' });
    // Its text is required once the section is given: not optional in full.
    expect(Boolean(byId(el, 'f.sections.lanhDaoChiDao-title').querySelector('.optional'))).to.equal(false);
    // Nothing inside it is ever required.
    expect(text(byId(el, 'f.sections.trienKhai-title').querySelector('.optional'))).to.equal('(không bắt buộc)');
    // A group legend with a required field inside never says "(không bắt buộc)".
    for (const legend of $$(el, 'legend')) {
      if (!legend.querySelector('.optional')) continue;
      const group = legend.closest('fieldset');
      expect(Boolean(group.querySelector('[aria-required="true"]')), text(legend)).to.equal(false);
    }
  });
});
