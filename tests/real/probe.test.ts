import fs from 'node:fs';
import path from 'node:path';
import { getExample } from '@thidua/plans';
import { renderSubmission } from '@thidua/pdf/node';
import { validate } from '@thidua/validate';
import { it } from 'vitest';
const DIR = path.resolve(__dirname, '../fixtures/real');
const unesc = (s: string) => s.replace(/~1/g, '/').replace(/~0/g, '~');
function set(doc: any, pointer: string, value: unknown) { const ts = pointer.slice(1).split('/').map(unesc); const last = ts.pop()!; let n = doc; for (const t of ts) { if (n[t] === undefined) n[t] = /^\d+$/.test(t) ? [] : {}; n = n[t]; } n[last] = structuredClone(value); }
it('probe', async () => {
  for (const f of fs.readdirSync(DIR).filter((x) => x.endsWith('.filled.json'))) {
    if (process.env.ONLY && !f.includes(process.env.ONLY)) continue;
    const filled = JSON.parse(fs.readFileSync(path.join(DIR, f), 'utf8'));
    const data: any = getExample(filled.planId, filled.kind);
    for (const [p, v] of Object.entries(filled.set)) set(data, p, v);
    const r = validate(filled.planId, filled.kind, data);
    console.log(f, 'ERR', JSON.stringify(r.errors.map((e) => `${e.path} ${e.code}: ${e.message}`), null, 1), 'WARN', JSON.stringify(r.warnings.map((e) => `${e.path} ${e.code}`)));
    try { const pdf = await renderSubmission(filled.planId, filled.kind, data, filled.draft ? { draft: true } : {}); fs.writeFileSync(`/tmp/rf/${f.replace('.filled.json', '.pdf')}`, pdf); } catch (e) { console.log(f, 'PDF FAIL', String(e).slice(0, 300)); }
  }
}, 300000);
