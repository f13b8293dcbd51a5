// User text isolated wherever it sits inside a message: a right-to-left override (U+202E) in a
// nominee's name must not reverse the rest of its error-summary line or its inline error, with
// or without isolates (U+2068…U+2069) around the name in the message. Checked on the rendered
// line: the characters after the name stand left to right.
import { expect } from '@esm-bundle/chai';
import { $, $$, example, fixture, nextEvent } from './helpers.js';

const PLAN = 'lam-dong-2022-2025';

/** Left edge of each character of `text`, found inside one text node under `root`. */
function lefts(root, text) {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const at = n.data.indexOf(text);
    if (at < 0) continue;
    return [...text].map((_, k) => {
      const r = document.createRange();
      r.setStart(n, at + k);
      r.setEnd(n, at + k + 1);
      return r.getBoundingClientRect().left;
    });
  }
  throw new Error(`"${text}" is not in ${root.textContent}`);
}

const leftToRight = (xs) => xs.every((x, i) => i === 0 || x > xs[i - 1]);

async function withName(name) {
  const data = await example(PLAN, 'nomination');
  data.nominees[0].name = name;
  delete data.nominees[0].summary;
  const el = await fixture({ plan: PLAN, kind: 'nomination' });
  el.value = data;
  await el.updateComplete;
  const invalid = nextEvent(el, 'thidua-invalid');
  el.requestSubmit();
  await invalid;
  await el.updateComplete;
  return el;
}

const summaryLine = (el) => $$(el, '.error-summary li').find((li) => li.textContent.includes('Tông') && li.textContent.includes('Nhập thông tin vào ô này'));

// Messages quote a name with its invisible characters shown as U+FFFD (@thidua/validate): the
// override is visible as a mark, and the letters around it are all there.
const shownInMessage = (name) => name.replace(/[\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '\ufffd');

describe('a U+202E in a nominee\'s name', () => {
  let el;
  afterEach(() => { el?.remove(); el = undefined; });

  for (const [label, name] of [['bare', 'Xã Đạ\u202ETông'], ['inside isolates', 'Xã \u2068Đạ\u202ETông\u2069'], ['with its own pop', 'Xã Đạ\u202ETông\u202C']]) {
    it(`(${label}) reverses neither the rest of its error-summary line nor its inline error`, async () => {
      el = await withName(name);
      const line = summaryLine(el);
      expect(line, 'the nominee\'s line in the summary').to.not.equal(undefined);
      expect(line.textContent).to.contain('Nhập thông tin vào ô này');
      // One word, so a line break cannot come between its letters.
      expect(leftToRight(lefts(line, 'Nhập')), line.textContent).to.equal(true);
      // The name is still there: only its effect on what follows is cut.
      expect(line.textContent).to.contain(shownInMessage(name));

      line.querySelector('a').click();
      await el.updateComplete;
      await new Promise((r) => requestAnimationFrame(r));
      const inline = $(el, '[id="f.nominees.0.summary-error"]');
      expect(inline.textContent).to.contain('Nhập thông tin vào ô này');
      expect(leftToRight(lefts(inline, 'Nhập')), inline.textContent).to.equal(true);
    });
  }

  it('is isolated in the nominee\'s card title and the review step', async () => {
    const data = await example(PLAN, 'nomination');
    data.nominees[0].name = 'Xã Đạ Tông';
    el = await fixture({ plan: PLAN, kind: 'nomination' });
    el.value = data;
    await el.updateComplete;
    const cardName = $(el, '.card-name');
    expect(cardName.textContent).to.equal('Xã Đạ Tông');
    expect(getComputedStyle(cardName).unicodeBidi).to.equal('isolate');
    expect(el.review()).to.equal(true);
    await el.updateComplete;
    const names = $$(el, '.review bdi').map((b) => [b.textContent, getComputedStyle(b).unicodeBidi]);
    expect(names).to.deep.include(['Xã Đạ Tông', 'isolate']);
  });
});
