// The 200 answer of /validate repeats the request's own bytes as `value` when validation
// changed nothing: whatever the text looked like, the answer must be the JSON of validate()'s
// result, and a dossier that normalisation changes must come back changed.
import { validate } from '@thidua/validate';
import { afterAll, describe, expect, it } from 'vitest';
import { PLAN, VALIDATE, example, post, server } from './helpers.js';

const app = server();
afterAll(() => app.close());
const plain = (x: unknown) => JSON.parse(JSON.stringify(x));

function commune(d: Record<string, any>): Record<string, any> {
  return d.nominees.find((n: Record<string, any>) => n.type === 'collective' && n.profile?.headquarters);
}

describe('POST /validate, a valid dossier', () => {
  it('sent indented, with a byte-order mark and letters written as \\u escapes: the answer is validate()\'s, and well-formed JSON of its length', async () => {
    const d = example();
    const text = '\ufeff' + JSON.stringify(d, null, 2).replace(/[\u0080-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
    const r = await post(app, VALIDATE, Buffer.from(text));
    expect(r.statusCode).toBe(200);
    expect(r.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(Number(r.headers['content-length'])).toBe(r.rawPayload.length);
    expect(r.body.charCodeAt(0)).not.toBe(0xfeff);
    const expected = validate(PLAN, 'nomination', d);
    expect(r.json()).toEqual(plain({ ok: true, value: expected.value, warnings: expected.warnings }));
  });

  it('whose text normalisation changes (NFD) comes back in NFC', async () => {
    const d = example();
    d.coverLetter.body = d.coverLetter.body.normalize('NFD');
    const r = await post(app, VALIDATE, d);
    expect(r.statusCode).toBe(200);
    expect(r.json().value.coverLetter.body).toBe(example().coverLetter.body.normalize('NFC'));
    expect(r.json().value.coverLetter.body).not.toBe(d.coverLetter.body);
  });

  it('with warnings, cut by maxIssues: the warnings and `truncated` follow the value', async () => {
    const d = example();
    for (const k of ['headquarters', 'history', 'structure']) delete commune(d).profile[k];
    const limited = server({ maxIssues: 2 });
    try {
      const r = await post(limited, VALIDATE, d);
      expect(r.statusCode).toBe(200);
      const expected = validate(PLAN, 'nomination', d, { maxIssues: 2 });
      expect(expected.warnings).toHaveLength(2);
      expect(r.json()).toEqual(plain({ ok: true, value: expected.value, warnings: expected.warnings, truncated: true }));
      expect(Object.keys(r.json())).toEqual(['ok', 'value', 'warnings', 'truncated']);
    } finally {
      await limited.close();
    }
  });
});
