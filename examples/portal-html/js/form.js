// The portal's form page, `form.html?plan=…&kind=report|nomination&lang=vi|en`.
//
// <thidua-form> sits inside the portal's own <form name="nop-ho-so">. Two ways to send, both
// ending in `POST /submissions/:plan/:kind/validate` on the reference server:
//  - the element's own submit (after "Kiểm tra lại"): `thidua-submit` carries the valid,
//    NFC-normalised submission; the portal cancels the event's default action (which would
//    delete the draft and submit the host form) so the draft stays until the server accepts;
//  - the portal's own submit button: the browser refuses to submit while the element is
//    invalid (form association), otherwise the element's JSON is in FormData under its name.
import { TEXT, applyTexts, currentLang, fetchPlans, fill, setUpLanguageSwitch } from './common.js';

const params = new URLSearchParams(location.search);
const planId = params.get('plan') ?? '';
const kind = params.get('kind') ?? '';
let lang = currentLang();

const el = document.getElementById('form');
const hostForm = document.getElementById('host-form');
const answer = document.getElementById('answer');
const answerBody = document.getElementById('answer-body');
const problem = document.getElementById('form-problem');
let planTitle = '';
let lastAnswer;

function renderChrome() {
  const t = TEXT[lang];
  applyTexts(lang);
  const kindName = t.kind[kind] ?? kind;
  document.getElementById('form-title').textContent = kindName;
  document.getElementById('crumb-plan').textContent = kindName;
  document.getElementById('form-plan').textContent = planTitle;
  document.title = `${kindName} — ${t.site}`;
  el.dataset.loading = t.loadingForm;
  if (lastAnswer) showAnswer(lastAnswer);
}

function li(text) {
  return Object.assign(document.createElement('li'), { textContent: text });
}

function showAnswer(a) {
  lastAnswer = a;
  const t = TEXT[lang];
  answer.hidden = false;
  const nodes = [];
  const verdict = document.createElement('p');
  if (a.state === 'sending') {
    verdict.className = 'verdict';
    verdict.textContent = t.sending;
  } else if (a.state === 'failed') {
    verdict.className = 'verdict bad';
    verdict.textContent = fill(t.failed, { message: a.message });
  } else {
    const ok = a.body && a.body.ok === true;
    verdict.className = `verdict ${ok ? 'ok' : 'bad'}`;
    verdict.textContent = fill(ok ? t.accepted : t.rejected, { status: a.status, n: a.body?.errors?.length ?? 0 });
    verdict.dataset.status = String(a.status);
  }
  nodes.push(verdict);
  if (a.via) nodes.push(Object.assign(document.createElement('p'), { textContent: `(${t.via[a.via]})` }));
  for (const [key, list] of [['errors', a.body?.errors], ['warnings', a.body?.warnings]]) {
    if (!list?.length) continue;
    nodes.push(Object.assign(document.createElement('h3'), { textContent: t[key] }));
    const ul = document.createElement('ul');
    ul.className = key;
    ul.append(...list.map((e) => li(e.message)));
    nodes.push(ul);
  }
  answerBody.replaceChildren(...nodes);
}

/** Posts one submission to the reference server and shows its answer; true when accepted. */
async function send(value, via) {
  showAnswer({ state: 'sending', via });
  answer.scrollIntoView({ block: 'nearest' });
  try {
    const res = await fetch(`/submissions/${encodeURIComponent(planId)}/${encodeURIComponent(kind)}/validate`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json', 'accept-language': lang },
      body: JSON.stringify(value),
    });
    const body = await res.json().catch(() => ({ ok: false, errors: [{ message: `HTTP ${res.status}` }] }));
    showAnswer({ state: 'done', status: res.status, body, via });
    return res.ok && body.ok === true;
  } catch (e) {
    showAnswer({ state: 'failed', message: e instanceof Error ? e.message : String(e), via });
    return false;
  }
}

/** The draft goes once the server has accepted the submission, not before. */
function forgetDraft() {
  el.clearDraft();
}

if (!/^[a-z0-9-]+$/.test(planId) || (kind !== 'report' && kind !== 'nomination')) {
  problem.hidden = false;
  problem.textContent = TEXT[lang].formMissing;
  hostForm.hidden = true;
} else {
  el.setAttribute('plan', planId);
  el.setAttribute('kind', kind);
  el.setAttribute('lang', lang);

  el.addEventListener('thidua-submit', async (e) => {
    e.preventDefault();
    if (await send(e.detail.value, 'element')) forgetDraft();
  });

  // Reached only when every control of the host form is valid, the element included. (The
  // element deletes its draft on such a submission: this path is the plain-HTML-form one.)
  hostForm.addEventListener('submit', async (e) => {
    e.preventDefault();
    const json = new FormData(hostForm).get(el.getAttribute('name'));
    let value;
    try {
      value = JSON.parse(String(json));
    } catch {
      showAnswer({ state: 'failed', message: 'FormData', via: 'form' });
      return;
    }
    if (await send(value, 'form')) forgetDraft();
  });
}

setUpLanguageSwitch(lang, (l) => {
  lang = l;
  el.setAttribute('lang', l);
  renderChrome();
});
renderChrome();

fetchPlans().then(
  (plans) => {
    planTitle = plans.find((p) => p.id === planId)?.title ?? planId;
    renderChrome();
  },
  () => {
    planTitle = planId;
    renderChrome();
  },
);
