// Shared helpers of the browser tests. They load the BUILT bundle, as a portal page would.
import '../dist/thidua-elements.js';

export const fetchJson = async (url) => {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`${url}: HTTP ${res.status}`);
  return res.json();
};

/** The plans of the catalogue, as `pnpm build` wrote it. */
export const PLANS = await fetchJson('/packages/plans/dist/schemas/index.json');

const fixtures = new Map();
/** The plan's first example of a kind (the one `thidua example <plan> <kind>` prints). */
export async function example(planId, kind) {
  if (!fixtures.has(planId)) fixtures.set(planId, await fetchJson(`/packages/plans/dist/fixtures/${planId}.json`));
  const ex = fixtures.get(planId).examples.find((e) => e.kind === kind);
  if (!ex) throw new Error(`no ${kind} example for ${planId}`);
  return structuredClone(ex.data);
}

/** The plan's nomination example with `n` nominees: its own, repeated, each with its own id. */
export async function manyNominees(planId, n) {
  const data = await example(planId, 'nomination');
  const base = data.nominees;
  data.nominees = Array.from({ length: n }, (_, i) => ({ ...structuredClone(base[i % base.length]), id: `n${i + 1}` }));
  return data;
}

/** A <thidua-form> in the page, loaded. */
export async function fixture(attrs = {}, parent = document.body) {
  const el = document.createElement('thidua-form');
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  parent.append(el);
  // Earlier fixtures stay in the page: the new one is brought into view, where an officer
  // would be, since parts of a form far from the view wait to draw their fields.
  el.scrollIntoView({ block: 'start' });
  await el.ready;
  await el.updateComplete;
  // The first sight of the view comes a frame or two later and may send far groups back to
  // waiting; settled here, a test never races it (a far field is null every time, not sometimes).
  await settled(el);
  return el;
}

/** The next frame, after its rendering steps (and the IntersectionObserver deliveries they queue). */
export const nextFrame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));

/** Two frames and the update they may cause: what is near the view has drawn, what is far waits. */
async function settled(el) {
  await nextFrame();
  await nextFrame();
  await el.updateComplete;
}

/** Waits a frame at a time until `check()` holds; throws naming `what` after 100 frames. */
export async function until(check, what) {
  for (let i = 0; i < 100; i++) {
    if (check()) return;
    await nextFrame();
  }
  throw new Error(`never happened: ${what}`);
}

/**
 * The control of a field in a top-level group far down the form, brought near the view first
 * as an officer scrolls there: a group far from the view waits without its fields.
 */
export async function fieldNear(el, ...path) {
  byId(el, `f.${path[0]}-legend`).scrollIntoView({ block: 'start' });
  await until(() => field(el, ...path), `${path.join('.')} drawn once near`);
  await el.updateComplete;
  return field(el, ...path);
}

export const $ = (el, sel) => el.shadowRoot.querySelector(sel);
export const $$ = (el, sel) => [...el.shadowRoot.querySelectorAll(sel)];
export const byId = (el, id) => el.shadowRoot.getElementById(id);

/** The control of a field by its path, e.g. ['header', 'agency']. */
export const field = (el, ...path) => byId(el, 'f' + path.map((s) => '.' + s).join(''));

/** A button's accessible name: aria-label, else its text without aria-hidden parts. */
export function accessibleName(b) {
  if (b.hasAttribute('aria-label')) return b.getAttribute('aria-label');
  const walk = (n) => (n.nodeType === 3 ? n.textContent : n.getAttribute?.('aria-hidden') === 'true' ? '' : [...n.childNodes].map(walk).join(''));
  return walk(b).replace(/\s+/g, ' ').trim();
}

export const button = (el, name) => $$(el, 'button').find((b) => accessibleName(b) === name);

export function nextEvent(target, type) {
  return new Promise((resolve) => target.addEventListener(type, resolve, { once: true }));
}

/** Types into a control the way `input` events arrive from a keyboard, then leaves it. */
export async function typeInto(el, control, text, { blur = true } = {}) {
  control.focus();
  control.value = text;
  control.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, inputType: 'insertText', data: text }));
  if (blur) {
    control.dispatchEvent(new Event('change', { bubbles: true }));
    control.blur();
  }
  await el.updateComplete;
}

export const tick = (ms = 0) => new Promise((r) => setTimeout(r, ms));

/** Strings in NFC, recursively: what a submission looks like after validation. */
export function nfc(v) {
  if (typeof v === 'string') return v.normalize('NFC');
  if (Array.isArray(v)) return v.map(nfc);
  if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, nfc(x)]));
  return v;
}

/** Every string of a value decomposed (NFD), as some keyboards and macOS produce them. */
export function nfd(v) {
  if (typeof v === 'string') return v.normalize('NFD');
  if (Array.isArray(v)) return v.map(nfd);
  if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, nfd(x)]));
  return v;
}

/** Removes every draft, set-aside draft and failed-save mark of the element from both storages. */
export function clearDrafts() {
  for (const s of [localStorage, sessionStorage]) for (const k of Object.keys(s)) if (k.startsWith('thidua:draft')) s.removeItem(k);
}

/**
 * Fills localStorage up to the browser's real quota (every further `setItem` then throws a
 * QuotaExceededError); returns the function that frees it again.
 */
export function fillStorage() {
  const keys = [];
  for (let size = 1 << 20, n = 0; size >= 1;) {
    const k = `thidua-test-fill:${n++}`;
    try {
      localStorage.setItem(k, 'x'.repeat(size));
      keys.push(k);
    } catch {
      size >>= 1;
    }
  }
  return () => { for (const k of keys) localStorage.removeItem(k); };
}

/**
 * The next file the page downloads through `<a download>`: its name and content. The click
 * is kept from starting a real download.
 */
export function nextDownload() {
  const click = HTMLAnchorElement.prototype.click;
  return new Promise((resolve, reject) => {
    HTMLAnchorElement.prototype.click = function () {
      HTMLAnchorElement.prototype.click = click;
      fetch(this.href).then((r) => r.blob()).then((blob) => resolve({ name: this.download, blob }), reject);
    };
  });
}

/** Dispatches a real BeforeUnloadEvent, as closing the tab would; true when a listener asked to stay. */
export function tryToLeave(win = window) {
  const e = win.document.createEvent('BeforeUnloadEvent');
  e.initEvent('beforeunload', false, true);
  win.dispatchEvent(e);
  return e.defaultPrevented;
}

/** Loads test/pages/drafts.html in a frame with this draft-key; resolves with the frame once its form is ready. */
export function draftsFrame(key) {
  const frame = document.createElement('iframe');
  frame.src = `/packages/elements/test/pages/drafts.html?key=${encodeURIComponent(key)}`;
  const ready = frameReady(frame);
  document.body.append(frame);
  return ready.then((detail) => Object.assign(frame, { detail }));
}

/** The next `thidua-ready` of the form in a drafts.html frame (after a load or a reload). */
export function frameReady(frame) {
  return new Promise((resolve) => window.addEventListener('message', function on(e) {
    if (e.data?.source !== 'thidua-drafts' || e.source !== frame.contentWindow) return;
    window.removeEventListener('message', on);
    resolve(e.data);
  }));
}
