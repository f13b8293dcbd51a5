#!/usr/bin/env node
// custom-elements.json (schema 2.1.0) from the TypeScript sources: each component class's
// JSDoc (@summary @tag @attr @event @csspart @cssproperty @slot, the Shoelace convention),
// its Lit @property() fields (attributes), public accessors and methods. Members marked
// @internal, private, or starting with "_" are left out. Registrations come from src/define/.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import ts from 'typescript';

const LIFECYCLE = new Set([
  'render', 'updated', 'willUpdate', 'firstUpdated', 'update', 'connectedCallback', 'disconnectedCallback',
  'attributeChangedCallback', 'formAssociatedCallback', 'formResetCallback', 'formStateRestoreCallback',
  'formDisabledCallback', 'observedAttributes', 'styles', 'formAssociated', 'createRenderRoot',
]);

const walk = (dir) => fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(path.join(dir, e.name)) : [path.join(dir, e.name)]));

function jsDoc(node) {
  const docs = ts.getJSDocCommentsAndTags(node).filter(ts.isJSDoc);
  const doc = docs[docs.length - 1];
  if (!doc) return { description: '', tags: [] };
  const text = (c) => (typeof c === 'string' ? c : (c ?? []).map((p) => p.text).join(''));
  return {
    description: text(doc.comment).trim(),
    tags: (doc.tags ?? []).map((t) => ({ name: t.tagName.text, text: text(t.comment).trim() })),
  };
}

/** "name - description" (event, part, property, slot tags). */
function nameAndText(s) {
  const m = /^(\{[^}]*\}\s*)?(\S+)\s*(?:-\s*)?([\s\S]*)$/.exec(s);
  return m ? { type: m[1]?.trim().slice(1, -1), name: m[2], description: m[3].trim() } : { name: s, description: '' };
}

function eventTypes(srcDir) {
  const map = new Map();
  const dir = path.join(srcDir, 'events');
  if (!fs.existsSync(dir)) return map;
  for (const f of fs.readdirSync(dir)) {
    const code = fs.readFileSync(path.join(dir, f), 'utf8');
    for (const m of code.matchAll(/export class (\w+) extends [\s\S]*?static readonly type = '([\w-]+)'/g)) map.set(m[2], m[1]);
  }
  return map;
}

export function generateManifest(pkgDir) {
  const srcDir = path.join(pkgDir, 'src');
  const files = walk(srcDir).filter((f) => f.endsWith('.ts'));
  const parse = (f) => ts.createSourceFile(f, fs.readFileSync(f, 'utf8'), ts.ScriptTarget.ES2022, true, ts.ScriptKind.TS);
  const events = eventTypes(srcDir);
  const modules = [];
  const classes = new Map();

  for (const file of files.filter((f) => f.endsWith('.component.ts'))) {
    const sf = parse(file);
    const modPath = path.relative(pkgDir, file).split(path.sep).join('/');
    const declarations = [];
    for (const stmt of sf.statements) {
      if (!ts.isClassDeclaration(stmt) || !stmt.name) continue;
      const { description, tags } = jsDoc(stmt);
      const tag = (n) => tags.filter((t) => t.name === n).map((t) => t.text);
      const decl = {
        kind: 'class',
        description,
        name: stmt.name.text,
        ...(tag('summary')[0] ? { summary: tag('summary')[0] } : {}),
        tagName: tag('tag')[0],
        customElement: true,
        attributes: [],
        members: [],
        events: tag('event').map(nameAndText).map((e) => ({ name: e.name, type: { text: events.get(e.name) ?? 'CustomEvent' }, description: e.description })),
        slots: tag('slot').map(nameAndText).map((s) => ({ name: s.name === '(default)' ? '' : s.name, description: s.description })),
        cssParts: tag('csspart').map(nameAndText).map((p) => ({ name: p.name, description: p.description })),
        cssProperties: tag('cssproperty').map(nameAndText).map((p) => {
          const d = /Default:\s*`([^`]*)`/.exec(p.description);
          return { name: p.name, description: p.description.replace(/\s*Default:\s*`[^`]*`\.?/, '').trim(), ...(d ? { default: d[1] } : {}) };
        }),
      };
      for (const a of tag('attr').map(nameAndText)) decl.attributes.push({ name: a.name, ...(a.type ? { type: { text: a.type } } : {}), description: a.description });
      const heritage = stmt.heritageClauses?.find((h) => h.token === ts.SyntaxKind.ExtendsKeyword)?.types[0];
      if (heritage) decl.superclass = { name: heritage.expression.getText(sf), ...(heritage.expression.getText(sf) === 'LitElement' ? { package: 'lit' } : {}) };

      const accessors = new Map();
      for (const m of stmt.members) {
        const name = m.name && ts.isIdentifier(m.name) ? m.name.text : undefined;
        if (!name || name.startsWith('_') || LIFECYCLE.has(name)) continue;
        const mods = ts.getCombinedModifierFlags(m);
        if (mods & (ts.ModifierFlags.Private | ts.ModifierFlags.Protected)) continue;
        const doc = jsDoc(m);
        if (doc.tags.some((t) => t.name === 'internal') || /^@internal\b/.test(doc.description)) continue;
        const isStatic = Boolean(mods & ts.ModifierFlags.Static);
        if (ts.isPropertyDeclaration(m)) {
          const decorator = ts.getDecorators(m)?.find((d) => ts.isCallExpression(d.expression) && d.expression.expression.getText(sf) === 'property');
          const field = {
            kind: 'field',
            name,
            ...(m.type ? { type: { text: m.type.getText(sf) } } : m.initializer && ts.isStringLiteral(m.initializer) ? { type: { text: 'string' } } : {}),
            ...(m.initializer ? { default: m.initializer.getText(sf) } : {}),
            description: doc.description,
            ...(isStatic ? { static: true } : {}),
            ...(mods & ts.ModifierFlags.Readonly ? { readonly: true } : {}),
          };
          if (decorator) {
            const opts = decorator.expression.arguments[0];
            const prop = (k) => opts && ts.isObjectLiteralExpression(opts) ? opts.properties.find((p) => p.name?.getText(sf) === k)?.initializer?.getText(sf) : undefined;
            if (prop('attribute') !== 'false') {
              const attr = prop('attribute')?.replace(/^['"]|['"]$/g, '') ?? name.toLowerCase();
              field.attribute = attr;
              if (prop('reflect') === 'true') field.reflects = true;
              if (!field.type && prop('type')) field.type = { text: prop('type').toLowerCase() };
              decl.attributes.push({ name: attr, ...(field.type ? { type: field.type } : {}), ...(field.default ? { default: field.default } : {}), description: doc.description, fieldName: name });
            }
          }
          decl.members.push(field);
        } else if (ts.isGetAccessor(m) || ts.isSetAccessor(m)) {
          const a = accessors.get(name) ?? { kind: 'field', name, description: '', get: false, set: false };
          if (ts.isGetAccessor(m)) {
            a.get = true;
            if (m.type) a.type = { text: m.type.getText(sf) };
          } else a.set = true;
          if (doc.description) a.description = doc.description;
          if (isStatic) a.static = true;
          accessors.set(name, a);
        } else if (ts.isMethodDeclaration(m)) {
          decl.members.push({
            kind: 'method',
            name,
            description: doc.description,
            parameters: m.parameters.map((p) => ({ name: p.name.getText(sf), ...(p.type ? { type: { text: p.type.getText(sf) } } : {}), ...(p.questionToken || p.initializer ? { optional: true } : {}) })),
            ...(m.type ? { return: { type: { text: m.type.getText(sf) } } } : {}),
            ...(isStatic ? { static: true } : {}),
          });
        }
      }
      for (const a of accessors.values()) {
        const { get, set, ...rest } = a;
        decl.members.push({ ...rest, ...(get && !set ? { readonly: true } : {}) });
      }
      declarations.push(decl);
      classes.set(decl.name, modPath);
    }
    modules.push({
      kind: 'javascript-module',
      path: modPath,
      declarations,
      exports: declarations.map((d) => ({ kind: 'js', name: d.name, declaration: { name: d.name, module: modPath } })),
    });
  }

  for (const file of files.filter((f) => f.includes(`${path.sep}define${path.sep}`))) {
    const code = fs.readFileSync(file, 'utf8');
    const modPath = path.relative(pkgDir, file).split(path.sep).join('/');
    const exports = [...code.matchAll(/defineElement\('([\w-]+)',\s*(\w+)\)/g)]
      .filter((m) => classes.has(m[2]))
      .map((m) => ({ kind: 'custom-element-definition', name: m[1], declaration: { name: m[2], module: classes.get(m[2]) } }));
    if (exports.length) modules.push({ kind: 'javascript-module', path: modPath, declarations: [], exports });
  }
  return { schemaVersion: '2.1.0', readme: 'README.md', modules };
}

export function writeManifest(pkgDir, out) {
  const manifest = generateManifest(pkgDir);
  fs.mkdirSync(path.dirname(out), { recursive: true });
  fs.writeFileSync(out, JSON.stringify(manifest, null, 2) + '\n');
  return out;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const pkgDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
  console.log(writeManifest(pkgDir, path.join(pkgDir, 'dist/custom-elements.json')));
}
