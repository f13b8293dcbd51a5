// Length before pattern: the JSON Schema check never reads more of a string or a list than
// any schema could accept, whatever the input, and what it reports stays right.
import { DOCUMENT_KINDS, PLAN_MODULES, getPlan, getSchema } from '@thidua/plans';
import { compiledValidator, runValidation, validate, type CompiledCheck } from '@thidua/validate';
import { describe, expect, it } from 'vitest';
import { LENGTH_CAPS, MAX_LIST_LENGTH, MAX_TEXT_LENGTH } from '../../packages/validate/src/length-caps.js';
import { mapStrings } from '../support/schema-walk.js';
import { example } from './helpers.js';

/** Every subschema of a schema, once each. */
function subschemas(node: unknown, out: Record<string, any>[] = []): Record<string, any>[] {
  if (Array.isArray(node)) for (const n of node) subschemas(n, out);
  else if (node && typeof node === 'object') {
    out.push(node as Record<string, any>);
    for (const v of Object.values(node)) subschemas(v, out);
  }
  return out;
}

describe('the caps', () => {
  it('hold every published schema: no text may be longer, no list may have more entries, and every one is bounded', () => {
    for (const m of PLAN_MODULES) {
      for (const kind of DOCUMENT_KINDS) {
        const where = `${m.definition.id} ${kind}`;
        for (const s of subschemas(getSchema(m.definition.id, kind))) {
          if (typeof s['maxLength'] === 'number') expect(s['maxLength'], where).toBeLessThanOrEqual(MAX_TEXT_LENGTH);
          if (typeof s['maxItems'] === 'number') expect(s['maxItems'], where).toBeLessThanOrEqual(MAX_LIST_LENGTH);
          if (s['type'] === 'array') expect(s['maxItems'], `${where}: ${s['title']}`).toBeTypeOf('number');
          // A string with no maxLength must be one of a few short values or of an anchored
          // fixed form: cut to the cap it fails as the whole would.
          if (s['type'] === 'string' && s['maxLength'] === undefined) {
            const bounded = Array.isArray(s['enum']) || s['const'] !== undefined || s['format'] === 'date' || /^\^.*(\$|\(\?!\[\\s\\S\]\))$/.test(s['pattern'] ?? '');
            expect(bounded, `${where}: ${s['title']}`).toBe(true);
          }
        }
      }
    }
  });
});

describe('validate() with over-long input', () => {
  it('a 100 000-character signer title answers at once with maxLength and its real length, in every plan and kind', () => {
    // Before the linear pattern and the cap: 2.4 s at 50 000 characters, 8.9 s at 100 000.
    for (const m of PLAN_MODULES) {
      for (const ex of DOCUMENT_KINDS.map((k) => m.examples.find((e) => e.kind === k)!)) {
        const data = structuredClone(ex.data) as any;
        const signer = ex.kind === 'report' ? data.signer : data.coverLetter.signer;
        signer.title = 'A'.repeat(100_000) + 'aa';
        validate(m.definition.id, ex.kind, ex.data); // compiles the schema: not what is timed
        const t0 = performance.now();
        const r = validate(m.definition.id, ex.kind, data);
        const ms = performance.now() - t0;
        const where = `${m.definition.id} ${ex.kind}`;
        expect(ms, where).toBeLessThan(200);
        const e = r.errors.find((x) => x.path.endsWith('/signer/title'));
        expect(e?.code, where).toBe('maxLength');
        expect(e?.params, where).toEqual({ limit: 120, actual: 100_002 });
      }
    }
  });

  it('the schema check never sees a string or a list longer than the caps', () => {
    const PLAN = 'lam-dong-2022-2025';
    const bare = compiledValidator(PLAN, 'nomination');
    let longestText = 0;
    let longestList = 0;
    const look = (v: unknown): void => {
      if (typeof v === 'string') longestText = Math.max(longestText, v.length);
      else if (Array.isArray(v)) { longestList = Math.max(longestList, v.length); v.forEach(look); }
      else if (v && typeof v === 'object') Object.values(v).forEach(look);
    };
    const spy = ((d: unknown) => { look(d); const ok = bare(d); spy.errors = bare.errors; return ok; }) as CompiledCheck;
    const data = example<any>(PLAN, 'nomination');
    data.coverLetter.body = 'Nội dung. '.repeat(50_000);
    data.nominees[0].criteriaMet = Array(30_000).fill('x');
    data.header.fax = 'y'.repeat(1_000_000);
    const r = runValidation(getPlan(PLAN), 'nomination', getSchema(PLAN, 'nomination'), spy, data);
    expect(longestText).toBeLessThanOrEqual(LENGTH_CAPS.text);
    expect(longestList).toBeLessThanOrEqual(LENGTH_CAPS.items);
    expect(r.errors.find((e) => e.path === '/coverLetter/body')).toMatchObject({ code: 'maxLength', params: { actual: 500_000 } });
    expect(r.errors.find((e) => e.path === '/nominees/0/criteriaMet' && e.code === 'maxItems')).toBeDefined();
    expect(r.errors.find((e) => e.path === '/header/fax')?.code).toBe('additionalProperties');
    // Items past the cap went unread: the result says it is not the whole list.
    expect(r.truncated).toBe(true);
  });

  it('cutting hides nothing ajv finds at that field in the whole text: every string field of an example, 50 000 characters long', () => {
    for (const [PLAN, kind] of [['lam-dong-2022-2025', 'nomination'], ['binh-dinh-2021-2025', 'report']] as const) {
      const base = example<any>(PLAN, kind);
      const paths: string[] = [];
      mapStrings(base, getSchema(PLAN, kind), (s, _schema, at) => (paths.push(at), s));
      expect(paths.length).toBeGreaterThan(30);
      const bare = compiledValidator(PLAN, kind);
      for (const at of paths) {
        const data = mapStrings(base, getSchema(PLAN, kind), (s, _schema, p) => (p === at ? 'X'.repeat(50_000) : s));
        expect(bare(data), at).toBe(false);
        const whole = new Set(bare.errors!.filter((e) => e.instancePath === at).map((e) => e.keyword));
        const r = validate(PLAN, kind, data);
        expect(r.ok, at).toBe(false);
        const ours = new Set(r.errors.filter((e) => e.path === at).map((e) => e.code));
        // A date's pattern restates its format for other stacks and is reported as `format`.
        for (const k of whole) expect(ours, `${at}: ${k}`).toContain(k === 'pattern' && whole.has('format') ? 'format' : k);
      }
    }
  });
});

// validate() checks text with no surrogate with lengths in UTF-16 units (ajv's faster
// `unicode: false`); with an astral character in it, a length must still count characters.
describe('lengths count characters, not UTF-16 units', () => {
  const PLAN = 'lam-dong-2022-2025';
  const withSignerName = (fullName: string) => {
    const data = example(PLAN, 'nomination');
    data.coverLetter.signer.fullName = fullName;
    return validate(PLAN, 'nomination', data);
  };
  const lengthError = (r: ReturnType<typeof validate>) => r.errors.find((e) => e.path === '/coverLetter/signer/fullName' && e.code === 'maxLength');

  it('120 characters, one of them astral (121 UTF-16 units), fit a 120-character field: only the character is refused', () => {
    const r = withSignerName('a'.repeat(119) + '😀');
    expect(lengthError(r)).toBeUndefined();
    expect(r.errors.map((e) => e.code)).toContain('unprintable-character');
  });

  it('121 characters are too long whether or not one is astral', () => {
    expect(lengthError(withSignerName('a'.repeat(121)))?.params).toEqual({ limit: 120, actual: 121 });
    expect(lengthError(withSignerName('a'.repeat(120) + '😀'))?.params).toEqual({ limit: 120, actual: 121 });
  });

  it('an astral character anywhere else in the dossier does not change how this field is counted', () => {
    const data = example(PLAN, 'nomination');
    data.coverLetter.signer.fullName = 'Nguyễn Văn ' + 'A'.repeat(110);
    data.coverLetter.body = data.coverLetter.body + ' 😀';
    const r = validate(PLAN, 'nomination', data);
    expect(r.errors.find((e) => e.code === 'maxLength')?.params).toEqual({ limit: 120, actual: 121 });
  });
});
