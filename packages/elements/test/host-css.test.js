// The portal's CSS stays out: under html { font-size: 10px } (Bootstrap 3 and many portals),
// 16px or 20px the form has the same geometry, and its text is never clipped; only
// --thidua-font-size resizes it.
import { expect } from '@esm-bundle/chai';
import { setViewport } from '@web/test-runner-commands';
import { $$, accessibleName, example, fixture } from './helpers.js';

const PLAN = 'lam-dong-2022-2025';
const WIDTH = 900;

// Parts of the form far from the view wait to draw their fields: in a window taller than the
// whole form every part is near, so every control is there to be measured.
before(() => setViewport({ width: 1280, height: 12000 }));
after(() => setViewport({ width: 800, height: 600 }));

/** The Lâm Đồng dossier in a 900 px column, every nominee's card open. */
async function mount(style = '', width = WIDTH) {
  const box = document.createElement('div');
  box.style.width = `${width}px`;
  document.body.append(box);
  const el = await fixture({ plan: PLAN, kind: 'nomination', style }, box);
  el.value = await example(PLAN, 'nomination');
  await el.updateComplete;
  for (const t of $$(el, '.card-toggle[aria-expanded="false"]')) {
    t.click();
    await el.updateComplete;
  }
  // Parts and cards off screen keep a placeholder size (content-visibility: auto) that
  // depends on when they were last on screen, not on sizes: measured here all laid out.
  const sheet = new CSSStyleSheet();
  sheet.replaceSync('.part, .card { content-visibility: visible; }');
  el.shadowRoot.adoptedStyleSheets = [...el.shadowRoot.adoptedStyleSheets, sheet];
  return { el, box };
}

/** Boxes of the controls a reader sees, relative to the element, keyed so runs can be compared. */
function geometry(el) {
  const origin = el.getBoundingClientRect();
  const out = new Map();
  const controls = $$(el, 'input.input, textarea, select, button, .label, .card-toggle');
  controls.forEach((c, i) => {
    const r = c.getBoundingClientRect();
    out.set(`${i}:${c.id || c.className}`, { x: r.left - origin.left, y: r.top - origin.top, w: r.width, h: r.height });
  });
  return out;
}

/** How many lines a button's label takes. */
function lines(button) {
  const range = document.createRange();
  range.selectNodeContents(button);
  const tops = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
  return tops.size;
}

describe('the host page\'s root font size', () => {
  afterEach(() => {
    document.documentElement.style.fontSize = '';
  });

  for (const width of [WIDTH, 360]) it(`changes nothing: the same boxes under 10px, 16px and 20px roots, ${width} px wide`, async () => {
    const runs = [];
    for (const size of ['10px', '16px', '20px']) {
      document.documentElement.style.fontSize = size;
      const { el, box } = await mount('', width);
      runs.push({ size, boxes: geometry(el) });
      box.remove();
    }
    const [base, ...others] = runs;
    expect(base.boxes.size).to.be.greaterThan(50);
    for (const run of others) {
      expect([...run.boxes.keys()]).to.deep.equal([...base.boxes.keys()]);
      for (const [key, b] of base.boxes) {
        const o = run.boxes.get(key);
        for (const k of ['x', 'y', 'w', 'h']) {
          expect(Math.abs(o[k] - b[k]), `${key} ${k} under a ${run.size} root: ${o[k]} vs ${b[k]} under ${base.size}`).to.be.at.most(0.5);
        }
      }
    }
  });

  for (const [size, width] of [['10px', WIDTH], ['16px', WIDTH], ['20px', WIDTH], ['10px', 360], ['20px', 360]]) {
    it(`under a ${size} root, ${width} px wide, no typed text is clipped and "Xóa" stays on one line`, async () => {
      document.documentElement.style.fontSize = size;
      const { el, box } = await mount('', width);
      // Fields sized for what they hold (dates, years, times, numbers); long free text scrolls.
      const inputs = $$(el, 'input.w-4, input.w-5, input.w-10, input.w-12').filter((i) => i.value);
      expect(inputs.length).to.be.greaterThan(10);
      const dates = inputs.filter((i) => /^\d{2}\/\d{2}\/\d{4}$/.test(i.value));
      expect(dates.length, 'dates in the example').to.be.greaterThan(0);
      // The widest date there is, and a four-digit year, whole in their fields.
      dates[0].value = '31/02/2024';
      for (const i of inputs) expect(i.scrollWidth, `"${i.value}" in #${i.id}`).to.be.at.most(i.clientWidth);
      const removes = $$(el, 'button').filter((b) => /^Xóa/.test(b.textContent.trim()));
      expect(removes.length).to.be.greaterThan(0);
      for (const b of removes) expect(lines(b), accessibleName(b)).to.equal(1);
      box.remove();
    });
  }
});

describe('--thidua-font-size', () => {
  it('does resize the form: text, controls and spacing grow with it', async () => {
    const a = await mount();
    const b = await mount('--thidua-font-size: 20px');
    const ga = geometry(a.el);
    const gb = geometry(b.el);
    const date = (el) => $$(el, 'input.input.w-10')[0];
    expect(getComputedStyle(date(b.el)).fontSize).to.equal('20px');
    expect(getComputedStyle(date(a.el)).fontSize).to.equal('16px');
    expect(date(b.el).getBoundingClientRect().width / date(a.el).getBoundingClientRect().width).to.be.closeTo(1.25, 0.01);
    const heightA = [...ga.values()].reduce((s, r) => Math.max(s, r.y + r.h), 0);
    const heightB = [...gb.values()].reduce((s, r) => Math.max(s, r.y + r.h), 0);
    expect(heightB / heightA).to.be.greaterThan(1.15);
    a.box.remove();
    b.box.remove();
  });
});
