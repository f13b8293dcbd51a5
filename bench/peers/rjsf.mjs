// The RJSF page of bench/form300.bench.mjs: @rjsf/core with its ajv8 validator and default
// theme, React 18, the plan's published JSON Schema as it is. The data is held in React state,
// as RJSF's guide shows; it validates on submit only (RJSF's default), so it does less per
// keystroke than ours.
// RJSF 6.11 empties the nominee list on the first change anywhere in this dossier (its
// onChange hands back `nominees: []`), so each keystroke is measured on a freshly mounted form:
// the first keystroke, with all 300 nominees still drawn (`freshPerKey`).
import Form from '@rjsf/core';
import validator from '@rjsf/validator-ajv8';
import { createElement, useState } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';

function Dossier({ schema, initial }) {
  const [formData, setFormData] = useState(initial);
  return createElement(Form, { schema, validator, formData, onChange: (e) => setFormData(e.formData) });
}

window.peer = {
  name: 'RJSF',
  /** Draws the form into `container` before returning; returns how to take it down. */
  mount(container, schema, data) {
    const root = createRoot(container);
    flushSync(() => root.render(createElement(Dossier, { schema, initial: data })));
    return () => root.unmount();
  },
  freshPerKey: true,
};
