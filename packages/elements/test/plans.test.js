// Every plan × kind: renders, refuses an empty submission with a Vietnamese error summary that
// takes focus, accepts the CLI example through `value` and submits its NFC form.
import { expect } from '@esm-bundle/chai';
import { $, $$, PLANS, button, example, fixture, nextEvent, nfc, nfd } from './helpers.js';

for (const plan of PLANS) {
  for (const kind of plan.kinds) {
    describe(`${plan.id} ${kind}`, () => {
      let el;
      afterEach(() => el?.remove());

      it('renders the form and refuses an empty submit with a Vietnamese summary that takes focus', async () => {
        el = await fixture({ plan: plan.id, kind });
        expect($$(el, 'input, textarea, select').length).to.be.greaterThan(5);
        expect($(el, '.title').textContent).to.contain(kind === 'report' ? 'Báo cáo' : 'Hồ sơ đề nghị khen thưởng');
        for (const input of $$(el, 'input[type=text], textarea, select')) {
          expect(el.shadowRoot.querySelector(`label[for="${CSS.escape(input.id)}"]`), `label for ${input.id}`).to.exist;
        }

        let invalid;
        let submitted = false;
        el.addEventListener('thidua-invalid', (e) => { invalid = e.detail; });
        el.addEventListener('thidua-submit', () => { submitted = true; });
        button(el, kind === 'report' ? 'Gửi báo cáo' : 'Gửi hồ sơ').click();
        await el.updateComplete;

        const summary = $(el, '.error-summary');
        expect(summary, 'error summary').to.exist;
        expect(summary.querySelector('[role="alert"] h2').textContent).to.match(/^Có \d+ lỗi cần sửa$/);
        expect(el.shadowRoot.activeElement).to.equal(summary);
        expect(submitted).to.equal(false);
        expect(invalid.errors.length).to.be.greaterThan(0);
        const links = [...summary.querySelectorAll('a')];
        expect(links.length).to.equal(Math.min(invalid.errors.length, 50));
        // Every line names where its field is, then says what to do, in Vietnamese.
        for (const a of links) expect(a.querySelector('.issue-where')?.textContent, a.textContent).to.match(/\S/);
        expect(links.map((a) => a.textContent).join('\n')).to.match(/Nhập thông tin vào ô này|Thêm ít nhất/);
        // Inline errors appear at the fields, each with a hidden "Lỗi:".
        const inline = $$(el, '.error-message');
        expect(inline.length).to.be.greaterThan(0);
        expect(inline[0].querySelector('.vh').textContent.trim()).to.equal('Lỗi:');
        expect(el.validate().ok).to.equal(false);
      });

      it('accepts its CLI example through value and emits thidua-submit with the NFC value', async () => {
        const data = await example(plan.id, kind);
        el = await fixture({ plan: plan.id, kind });
        el.value = nfd(data);
        await el.updateComplete;
        const result = el.validate();
        expect(result.errors, JSON.stringify(result.errors.slice(0, 3))).to.deep.equal([]);
        expect(result.ok).to.equal(true);
        const submit = nextEvent(el, 'thidua-submit');
        expect(el.requestSubmit()).to.equal(true);
        const ev = await submit;
        expect(ev.detail.value).to.deep.equal(nfc(data));
        expect(ev.detail.value.header.agency).to.equal(data.header.agency.normalize('NFC'));
        expect($(el, '.error-summary')).to.equal(null);
      });
    });
  }
}
