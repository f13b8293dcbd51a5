// Tells the parent test when the form is ready (and whether a draft came back). `?key=` sets
// the draft-key, so that two frames can share one; `?kind=` the document kind.
const params = new URLSearchParams(location.search);
for (const [param, attr] of [['key', 'draft-key'], ['kind', 'kind']]) {
  if (params.get(param)) document.querySelector('thidua-form').setAttribute(attr, params.get(param));
}
await import('../../dist/thidua-elements.js');
const el = document.querySelector('thidua-form');
el.addEventListener('thidua-ready', (e) => {
  window.parent.postMessage({ source: 'thidua-drafts', ready: true, draftRestored: e.detail.draftRestored, value: el.value }, '*');
});
