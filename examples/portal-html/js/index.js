// The portal's home page: every plan from the reference server's `GET /plans`, with a link to
// each of its forms (report and nomination dossier) in the chosen language.
import { TEXT, applyTexts, currentLang, fetchPlans, formHref, setUpLanguageSwitch } from './common.js';

let lang = currentLang();
let plans = [];

function render() {
  const t = TEXT[lang];
  applyTexts(lang);
  document.title = `${t.indexTitle} — ${t.site}`;
  document.querySelector('[data-nav="home"]').setAttribute('aria-current', 'page');
  const list = document.getElementById('plans');
  list.replaceChildren(
    ...plans.map((p) => {
      const li = document.createElement('li');
      li.dataset.plan = p.id;
      const title = Object.assign(document.createElement('p'), { className: 'plan-title', textContent: p.title });
      const meta = Object.assign(document.createElement('p'), { className: 'plan-meta' });
      meta.append(`${t.province}: ${p.province} · `, Object.assign(document.createElement('code'), { textContent: p.id }));
      const forms = Object.assign(document.createElement('ul'), { className: 'forms' });
      for (const kind of p.kinds.filter((k) => k in t.kind)) {
        const a = Object.assign(document.createElement('a'), { href: formHref(p.id, kind, lang), textContent: t.kind[kind] ?? kind });
        a.dataset.kind = kind;
        const item = document.createElement('li');
        item.append(a);
        forms.append(item);
      }
      li.append(title, meta, forms);
      return li;
    }),
  );
}

setUpLanguageSwitch(lang, (l) => {
  lang = l;
  render();
});
render();

const status = document.getElementById('plans-status');
fetchPlans().then(
  (list) => {
    plans = list;
    status.hidden = true;
    render();
  },
  () => {
    status.removeAttribute('data-text');
    status.textContent = TEXT[lang].plansFailed;
  },
);
