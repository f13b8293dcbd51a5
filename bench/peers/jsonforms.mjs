// The JSON Forms page of bench/form300.bench.mjs: @jsonforms/react with the vanilla renderers,
// React 18, the plan's published JSON Schema as it is, the UI schema JSON Forms generates.
// The vanilla set has no renderer for a nested object or a `oneOf`; one is added here as the
// material set has it (the object's own generated layout, the `oneOf` branch its tag names),
// or nested groups and the nominees would not be drawn at all.
import { Generate, rankWith, isObjectControl } from '@jsonforms/core';
import { JsonForms, JsonFormsDispatch, withJsonFormsControlProps } from '@jsonforms/react';
import { vanillaCells, vanillaRenderers } from '@jsonforms/vanilla-renderers';
import { createElement, useMemo } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';

function branchOf(schema, data) {
  if (!Array.isArray(schema.oneOf)) return schema;
  const tag = schema.discriminator?.propertyName ?? 'type';
  return schema.oneOf.find((b) => b.properties?.[tag]?.const === data?.[tag]) ?? schema.oneOf[0];
}

function ObjectRenderer({ schema, data, path, renderers, cells, enabled, visible }) {
  const branch = branchOf(schema, data);
  // The layout from the properties alone: JSON Forms lays a schema with `anyOf` (a rule such
  // as "one of these two fields") out as one control of itself, which would recurse.
  const uischema = useMemo(() => {
    const { anyOf: _a, oneOf: _o, allOf: _l, ...plain } = branch;
    return plain.properties ? Generate.uiSchema(plain, 'Group') : undefined;
  }, [branch]);
  if (!visible || !uischema) return null;
  return createElement(JsonFormsDispatch, { schema: branch, uischema, path, renderers, cells, enabled });
}

const isObjectLike = (uischema, schema, context) =>
  isObjectControl(uischema, schema, context) || (uischema.type === 'Control' && Array.isArray(resolve(uischema, schema)?.oneOf));
function resolve(uischema, schema) {
  if (uischema.scope === '#') return schema;
  let s = schema;
  for (const seg of uischema.scope.replace(/^#\//, '').split('/')) s = s?.[seg];
  return s;
}
const renderers = [...vanillaRenderers, { tester: rankWith(2, isObjectLike), renderer: withJsonFormsControlProps(ObjectRenderer) }];

window.peer = {
  name: 'JSON Forms',
  mount(container, schema, data) {
    const root = createRoot(container);
    flushSync(() => root.render(createElement(JsonForms, { schema, data, renderers, cells: vanillaCells })));
    return () => root.unmount();
  },
};
