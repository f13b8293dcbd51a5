// Tells the parent test when the form is ready (and whether a draft came back). `?key=` sets
// the draft-key, so that two frames can share one.
const key = new URLSearchParams(location.search).get('key');
if (key) document.querySelector('thidua-form').setAttribute('draft-key', key);
await import('../../dist/thidua-elements.js');
const el = document.querySelector('thidua-form');
el.addEventListener('thidua-ready', (e) => {
  window.parent.postMessage({ source: 'thidua-drafts', ready: true, draftRestored: e.detail.draftRestored, value: el.value }, '*');
});
