// What TypeScript users of @thidua/elements see of <thidua-form> is what the reference
// documents: every member the published declaration of ThiduaForm (packages/elements/dist,
// written by `pnpm build`) has is one the custom-elements manifest lists, and every member the
// manifest lists is in the declaration. A member kept for the element's own parts (renderers,
// controllers, the form-association callbacks) must stay private or be marked @internal.
import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(__dirname, '../..');
const DIST = path.join(ROOT, 'packages/elements/dist');
const DTS = path.join(DIST, 'components/form/thidua-form.component.d.ts');
const MANIFEST = path.join(DIST, 'custom-elements.json');

/** Set by Lit (`styles`) and by the platform (`formAssociated`): part of every form-associated Lit element. */
const FRAMEWORK_STATICS = ['formAssociated', 'styles'];

function declaredMembers(source: string): string[] {
  const sf = ts.createSourceFile(DTS, source, ts.ScriptTarget.ES2022, true, ts.ScriptKind.TS);
  const cls = sf.statements.find((s): s is ts.ClassDeclaration => ts.isClassDeclaration(s) && s.name?.text === 'ThiduaForm');
  if (!cls) throw new Error(`${DTS} declares no class ThiduaForm`);
  const names = new Set<string>();
  for (const m of cls.members) {
    // `#private;` stands for the private fields, which no caller can reach.
    if (!m.name || ts.isPrivateIdentifier(m.name)) continue;
    const flags = ts.getCombinedModifierFlags(m);
    if (flags & ts.ModifierFlags.Private) continue;
    names.add(m.name.getText(sf));
  }
  return [...names].sort();
}

function documentedMembers(): string[] {
  const manifest = JSON.parse(fs.readFileSync(MANIFEST, 'utf8')) as { modules: { declarations?: { name: string; members?: { name: string }[] }[] }[] };
  const decl = manifest.modules.flatMap((m) => m.declarations ?? []).find((d) => d.name === 'ThiduaForm');
  if (!decl) throw new Error('custom-elements.json declares no ThiduaForm');
  return [...new Set([...(decl.members ?? []).map((m) => m.name), ...FRAMEWORK_STATICS])].sort();
}

describe('ThiduaForm, as published', () => {
  it('declares exactly the members its reference documents', () => {
    expect(fs.existsSync(DTS) && fs.existsSync(MANIFEST), 'run `pnpm build` first: the declaration and the manifest are build output').toBe(true);
    const declared = declaredMembers(fs.readFileSync(DTS, 'utf8'));
    const documented = documentedMembers();
    expect(declared.length).toBeGreaterThan(15);
    expect(declared.filter((n) => !documented.includes(n)), 'declared but not documented').toEqual([]);
    expect(documented.filter((n) => !declared.includes(n)), 'documented but not declared').toEqual([]);
  });

  it('would notice an undocumented member', () => {
    const source = fs.readFileSync(DTS, 'utf8').replace('get ready(): Promise<void>;', 'get ready(): Promise<void>;\n    keysOf(pointer: string, length: number): readonly number[];');
    expect(declaredMembers(source)).toContain('keysOf');
    expect(declaredMembers(source).filter((n) => !documentedMembers().includes(n))).toEqual(['keysOf']);
  });
});
