// The form's frame: `<thidua-form>` of the plan, its chunks read from a folder named by the
// plan's version, so that a new version is loaded afresh. When the studio page says the plan
// changed, the element is put back new in place: the page, the bundle and the styles stay, and
// the draft (saved by the old element as it goes) comes back in the new one.
import { setAssetBase } from '/elements/thidua-elements.js';

const params = new URLSearchParams(location.search);

function show(version) {
  setAssetBase(`/elements/v/${encodeURIComponent(version)}/`);
  const form = document.createElement('thidua-form');
  form.setAttribute('plan', document.body.dataset.plan);
  form.setAttribute('kind', params.get('kind') === 'nomination' ? 'nomination' : 'report');
  form.setAttribute('lang', params.get('lang') === 'en' ? 'en' : 'vi');
  form.setAttribute('draft-key', 'studio');
  // The studio starts its slower checks once the person has the form.
  form.addEventListener('thidua-ready', () => void fetch('/studio/drawn', { method: 'POST' }), { once: true });
  const old = document.querySelector('thidua-form');
  if (old) old.replaceWith(form);
  else document.body.append(form);
}

addEventListener('message', (e) => {
  if (e.origin !== location.origin || e.data?.type !== 'thidua-studio:form') return;
  document.body.dataset.plan = e.data.plan;
  show(e.data.version);
});
show(params.get('v') ?? '0');
