// Tells the parent test when the form is ready (and whether a draft came back).
await import('../../dist/thidua-elements.js');
const el = document.querySelector('thidua-form');
el.addEventListener('thidua-ready', (e) => {
  window.parent.postMessage({ source: 'thidua-drafts', ready: true, draftRestored: e.detail.draftRestored, value: el.value }, '*');
});
