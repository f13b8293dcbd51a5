// A plan read from a folder at start is known to the PDF threads too: they read the same
// folders when they start, so its PDF is rendered, by its own definition.
import { afterAll, describe, expect, it } from 'vitest';
import { loadPlanFolder } from '@thidua/plans';
import { renderSubmission } from '@thidua/pdf/node';
import { CHANGED_ID, changedPlan, removePlan } from '../e2e/support/changed-plan.mjs';
import { post, server } from './helpers.js';

const changed = changedPlan();
const app = server({ planDirs: [changed], pdf: { threads: 1 } });
afterAll(async () => {
  await app.close();
  removePlan(changed);
});

describe('PDFs of plans from folders', () => {
  it('render in the thread pool, the same bytes as in this process, which read the folder', async () => {
    const data = loadPlanFolder(changed).examples[0]!.data as { kind: 'report' | 'nomination' };
    const r = await post(app, `/submissions/${CHANGED_ID}/${data.kind}/pdf`, data);
    expect(r.statusCode).toBe(200);
    expect(r.headers['content-type']).toBe('application/pdf');
    const own = await renderSubmission(CHANGED_ID, data.kind, data, { lang: 'vi' });
    expect(Buffer.compare(r.rawPayload, Buffer.from(own))).toBe(0);
  }, 60_000);
});
