// The studio page: fetches the plan's state from the studio and draws it; Vite's socket says
// when a save changed it. The form lives in a frame reloaded only when its chunks change, and
// keeps its draft across the reload.
import { STRINGS } from './strings.js';

const LANG_KEY = 'thidua-studio-lang';
let lang = localStorage.getItem(LANG_KEY) === 'en' ? 'en' : 'vi';
let kind = 'report';
let state;
let formSrc = '';
let formVersion = '';
const t = (key) => STRINGS[lang][key];
const $ = (id) => document.getElementById(id);

/** An element with attributes and children (strings become text, never markup). */
function h(tag, attrs = {}, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined || v === false) continue;
    if (k === 'class') e.className = v;
    else e.setAttribute(k, v === true ? '' : v);
  }
  e.append(...children.flat().filter((c) => c !== undefined && c !== null));
  return e;
}

const where = (i) => (i.file === undefined ? '' : i.line === undefined ? i.file : `${i.file}:${i.line}`);

function drawChecker() {
  const body = $('checker-body');
  const issues = state.issues ?? [];
  const errors = issues.filter((i) => i.severity === 'error').length;
  const parts = [];
  if (state.problem) {
    const p = state.problem;
    parts.push(h('div', { class: 'problem', role: 'alert' },
      h('p', {}, h('strong', {}, t('problem')), ' — ', h('code', { class: 'place' }, p.line === undefined ? p.file : `${p.file}:${p.line}${p.column ? `:${p.column}` : ''}`)),
      h('p', { lang: 'vi' }, p.message),
      h('p', { lang: 'en', class: 'second' }, p.messageEn)));
  } else if (!issues.length && !state.pending) {
    parts.push(h('p', { class: 'ok' }, '✓ ', t('noIssues')));
  }
  if (issues.length) {
    parts.push(h('p', { class: 'counts' }, t('counts')(errors, issues.length - errors)));
    const groups = new Map();
    for (const i of issues) {
      const file = i.file ?? '';
      if (!groups.has(file)) groups.set(file, []);
      groups.get(file).push(i);
    }
    for (const [file, list] of groups) {
      parts.push(h('h3', {}, h('code', {}, file || state.folder)));
      parts.push(h('ul', { class: 'issues' }, list.map((i) => h('li', { class: i.severity },
        h('code', { class: 'place' }, where(i) || '—'), ' ',
        h('span', { class: 'severity' }, t(i.severity)), ' ',
        h('span', {}, lang === 'vi' ? i.message : i.messageEn), ' ',
        h('code', { class: 'code' }, i.code)))));
    }
  }
  body.replaceChildren(...parts);
  // Errors first: the checker leads the page while the plan has any.
  $('main').classList.toggle('has-errors', Boolean(state.problem) || errors > 0);
}

function drawForm() {
  for (const tab of document.querySelectorAll('#form-tabs [role=tab]')) {
    const on = tab.dataset.kind === kind;
    tab.setAttribute('aria-selected', String(on));
    tab.tabIndex = on ? 0 : -1;
  }
  const note = $('form-note');
  const frame = $('form-frame');
  frame.title = `${t('form')}: ${t(kind)}`;
  if (!state.plan) {
    note.textContent = t('noForm');
    note.hidden = false;
    frame.hidden = true;
    return;
  }
  note.textContent = t('stale');
  note.hidden = !state.problem;
  frame.hidden = false;
  // A new tab or language loads the frame's page; a new plan only redraws the form in it.
  const src = `/studio/form.html?${new URLSearchParams({ kind, lang })}`;
  if (src !== formSrc) {
    formSrc = src;
    formVersion = state.formVersion;
    frame.src = `${src}&${new URLSearchParams({ v: state.formVersion })}`;
  } else if (formVersion !== state.formVersion) {
    formVersion = state.formVersion;
    frame.contentWindow.postMessage({ type: 'thidua-studio:form', plan: state.plan.id, version: state.formVersion }, location.origin);
  }
}

function drawPdfs() {
  const body = $('pdf-body');
  if (!state.pdfs.length) {
    body.replaceChildren(h('p', { class: 'note' }, state.plan ? t('noPdf') : t('noForm')));
    return;
  }
  body.replaceChildren(...state.pdfs.map((p) => {
    const title = h('h3', {}, t('pdfOf')[p.kind]);
    if (p.missing) return h('div', { class: 'pdf', 'data-kind': p.kind }, title, h('p', { class: 'missing' }, t('missing')(p.kind)));
    if (p.error) return h('div', { class: 'pdf', 'data-kind': p.kind }, title, h('p', { class: 'problem' }, `${t('pdfFailed')}: ${lang === 'vi' ? p.error : p.errorEn}`));
    const url = `${p.url}?r=${state.revision}`;
    return h('div', { class: 'pdf', 'data-kind': p.kind }, title,
      h('p', { class: 'pdf-meta' },
        h('span', { class: 'pages' }, t('pages')(p.pages)), ' · ', t('kb')(p.bytes), ' · ', t('fromExample'), ' ', h('code', {}, p.example),
        p.draft ? h('span', { class: 'draft' }, ` · ${t('draft')}`) : undefined, ' · ',
        h('a', { href: url, target: '_blank', rel: 'noopener' }, t('open'))),
      h('iframe', { class: 'pdf-view', src: url, title: `${t('pdfOf')[p.kind]} (PDF)`, loading: 'lazy' }));
  }));
}

function drawFixtures() {
  const body = $('fixtures-body');
  const list = state.fixtures;
  if (!list.length) {
    body.replaceChildren(h('p', { class: 'note' }, state.pending ? t('noPdf') : t('noFixtures')));
    return;
  }
  const ok = list.filter((f) => f.ok).length;
  const rows = list.map((f) => {
    let detail;
    if (f.expected === 'valid') {
      detail = f.ok ? t('valid') : h('ul', {}, f.issues.map((e) => h('li', {}, h('code', {}, `${e.code} ${e.path || '/'}`), ' ', e.message)));
    } else {
      detail = h('ul', {}, f.expects.map((e) => h('li', { class: e.found ? 'found' : 'not-found' }, h('code', {}, `${e.code} ${e.path || '/'}`), ' — ', e.found ? t('raised') : t('notRaised'))));
    }
    return h('tr', { class: f.ok ? 'pass' : 'fail' },
      h('td', {}, h('code', {}, f.file)),
      h('td', {}, t(f.kind)),
      h('td', {}, f.expected === 'valid' ? t('mustPass') : t('mustFail')),
      h('td', { class: 'mark' }, h('span', { 'aria-hidden': 'true' }, f.ok ? '✓ ' : '✗ '), f.ok ? t('passes') : t('fails')),
      h('td', {}, detail));
  });
  body.replaceChildren(
    h('p', { class: 'counts' }, t('fixturesSummary')(ok, list.length)),
    h('table', {},
      h('thead', {}, h('tr', {}, ['file', 'kind', 'expect', 'result'].map((k) => h('th', { scope: 'col' }, t(k))), h('th', { scope: 'col' }, ''))),
      h('tbody', {}, rows)));
}

function drawStatus() {
  const time = new Date().toLocaleTimeString(lang === 'vi' ? 'vi-VN' : 'en-GB');
  $('status').textContent = state.pending ? t('pending') : t('updated')(time, state.revision);
  document.body.dataset.revision = String(state.revision);
  document.body.dataset.pending = String(state.pending);
}

function draw() {
  document.documentElement.lang = lang;
  for (const e of document.querySelectorAll('[data-text]')) e.textContent = t(e.dataset.text);
  $('lang').textContent = t('toggle');
  $('lang').lang = lang === 'vi' ? 'en' : 'vi';
  // Revision 0: the studio is up and still reading the folder for the first time.
  if (!state || state.revision === 0) { $('status').textContent = t('loading'); return; }
  const title = state.plan ? (lang === 'en' && state.plan.titleEn) || state.plan.title : t('problem');
  $('plan-title').textContent = title;
  document.title = `${t('brand')} — ${title}`;
  $('folder').textContent = state.folder;
  drawChecker();
  drawForm();
  drawPdfs();
  drawFixtures();
  drawStatus();
}

/** The newest state; an answer overtaken by a later one is dropped. */
let asked = 0;
async function refresh() {
  const n = ++asked;
  const next = await (await fetch('/studio/state.json', { cache: 'no-store' })).json();
  if (n !== asked || (state && next.revision < state.revision)) return;
  state = next;
  draw();
}

$('lang').addEventListener('click', () => {
  lang = lang === 'vi' ? 'en' : 'vi';
  localStorage.setItem(LANG_KEY, lang);
  draw();
});
$('form-tabs').addEventListener('click', (e) => {
  const tab = e.target.closest('[role=tab]');
  if (!tab) return;
  kind = tab.dataset.kind;
  draw();
});
$('form-tabs').addEventListener('keydown', (e) => {
  if (e.key !== 'ArrowLeft' && e.key !== 'ArrowRight') return;
  kind = kind === 'report' ? 'nomination' : 'report';
  draw();
  $(`tab-${kind}`).focus();
});

if (import.meta.hot) {
  import.meta.hot.on('thidua:plan', () => void refresh());
  import.meta.hot.on('vite:ws:disconnect', () => { $('status').textContent = t('disconnected'); });
}
draw();
void refresh();
