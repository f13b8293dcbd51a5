// The server with plans read from folders at start (`planDirs`): they join the catalogue, the
// landing page and the API, and their browser chunks are served beside the built-in ones. A
// folder that repeats a built-in plan gets chunks that behave as the ones the build ships.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { DOCUMENT_KINDS, loadPlanFolder } from '@thidua/plans';
import { afterAll, describe, expect, it } from 'vitest';
import { CHANGED_ID, CHANGED_TITLE, CITY_FIXTURE, SOURCE_PLAN, changedPlan, copyPlan, edit, removePlan } from '../e2e/support/changed-plan.mjs';
import { ROOT, post, server } from './helpers.js';

const changed = changedPlan();
const same = copyPlan();
// Two folders, one of them holding a built-in plan's id: it replaces the built-in plan.
const app = server({ planDirs: [changed, same] });
afterAll(async () => {
  await app.close();
  removePlan(changed);
  removePlan(same);
});

describe('plans from folders in the API', () => {
  it('are in GET /plans and on the landing page', async () => {
    const plans = (await app.inject('/plans')).json() as { id: string; title: string }[];
    expect(plans.find((p) => p.id === CHANGED_ID)).toMatchObject({ title: CHANGED_TITLE, kinds: ['report', 'nomination'] });
    const page = (await app.inject('/')).body;
    expect(page).toContain(`<code>${CHANGED_ID}</code>`);
    expect(page).toContain(`/schemas/${CHANGED_ID}/nomination.json`);
  });

  it('validate by their own rules: the changed quota', async () => {
    const folder = loadPlanFolder(changed);
    const data = folder.invalid[folder.invalidFiles.indexOf(CITY_FIXTURE)]!.data;
    const r = await post(app, `/submissions/${CHANGED_ID}/nomination/validate`, data);
    expect(r.statusCode).toBe(422);
    expect(r.json().errors.map((e: { message: string }) => e.message).join('\n')).toContain('không quá 1 trường hợp');
    const ok = await post(app, `/submissions/${CHANGED_ID}/report/validate`, folder.examples[0]!.data);
    expect(ok.statusCode).toBe(200);
  });
});

describe('their browser chunks', () => {
  it('are served as JavaScript with a strong ETag, 304 when it matches, and hold no eval', async () => {
    for (const file of ['plan.js', 'report.js', 'nomination.js']) {
      const r = await app.inject(`/elements/plans/${CHANGED_ID}/${file}`);
      expect(r.statusCode, file).toBe(200);
      expect(r.headers['content-type']).toBe('text/javascript; charset=utf-8');
      expect(r.headers['cache-control']).toBe('public, max-age=0');
      expect(r.headers.etag).toMatch(/^"[\w-]{32}"$/);
      expect(r.body).not.toMatch(/\beval\s*\(|\bnew\s+Function\b/);
      // A chunk imports only its neighbours: the plan's chunk and the validators' runtime.
      const imports = [...r.body.matchAll(/^import .* from '([^']+)';$/gm)].map((m) => m[1]);
      expect(imports.every((m) => m === '../runtime.js' || m === './plan.js'), imports.join()).toBe(true);
      const again = await app.inject({ url: `/elements/plans/${CHANGED_ID}/${file}`, headers: { 'if-none-match': r.headers.etag as string } });
      expect(again.statusCode).toBe(304);
    }
    expect((await app.inject(`/elements/plans/${CHANGED_ID}/khac.js`)).statusCode).toBe(404);
  });

  it('of a built-in plan behave as the chunks the build ships: same plan, same schema, same verdict on every example and fixture', async () => {
    const shipped = path.join(ROOT, 'packages/elements/dist/plans');
    expect(fs.existsSync(path.join(shipped, SOURCE_PLAN, 'report.js')), 'packages/elements/dist (run pnpm build)').toBe(true);
    // The served chunks, in a tree of their own beside the shipped runtime.
    const tree = fs.mkdtempSync(path.join(os.tmpdir(), 'thidua-chunks-'));
    try {
      fs.copyFileSync(path.join(shipped, 'runtime.js'), path.join(tree, 'runtime.js'));
      fs.mkdirSync(path.join(tree, SOURCE_PLAN));
      for (const file of ['plan.js', 'report.js', 'nomination.js']) {
        const r = await app.inject(`/elements/plans/${SOURCE_PLAN}/${file}`);
        expect(r.statusCode).toBe(200);
        fs.writeFileSync(path.join(tree, SOURCE_PLAN, file), r.body);
      }
      const folder = loadPlanFolder(same);
      const verdict = (validate: { (d: unknown): boolean; errors?: { instancePath: string; keyword: string }[] | null }, data: unknown) => {
        const ok = validate(structuredClone(data));
        return { ok, errors: (validate.errors ?? []).map((e) => `${e.instancePath} ${e.keyword}`) };
      };
      for (const kind of DOCUMENT_KINDS) {
        const built = await import(pathToFileURL(path.join(shipped, SOURCE_PLAN, `${kind}.js`)).href);
        const served = await import(pathToFileURL(path.join(tree, SOURCE_PLAN, `${kind}.js`)).href);
        expect(served.plan).toEqual(built.plan);
        expect(served.schema).toEqual(built.schema);
        const submissions = [...folder.examples, ...folder.invalid].filter((s) => s.kind === kind);
        expect(submissions.length).toBeGreaterThan(3);
        for (const s of submissions) expect(verdict(served.validate, s.data), s.name).toEqual(verdict(built.validate, s.data));
        // Some fixtures break the schema itself: the comparison has errors to compare, not only passes.
        expect(submissions.filter((s) => !verdict(served.validate, s.data).ok).length, kind).toBeGreaterThan(0);
      }
    } finally {
      fs.rmSync(tree, { recursive: true, force: true });
    }
  });
});

describe('a folder the server cannot use', () => {
  it('planDirs that is not a list of paths: ServerOptionError', () => {
    expect(() => server({ planDirs: changed as unknown as string[] })).toThrow(/^@thidua\/server: planDirs phải là danh sách đường dẫn thư mục kế hoạch/);
  });

  it('stops createServer with the file and line, in Vietnamese', () => {
    const broken = copyPlan();
    try {
      edit(broken, 'definition.yaml', '    awardForms: [ bang-khen-chu-tich-ubnd-tinh ]\n    appliesTo: { unitType: thanh-pho }', '    awardForms: [ bang-khen-khong-co ]\n    appliesTo: { unitType: thanh-pho }');
      const line = fs.readFileSync(path.join(broken, 'definition.yaml'), 'utf8').split('\n').findIndex((l) => l.includes('bang-khen-khong-co')) + 1;
      expect(() => server({ planDirs: [broken] })).toThrow(new RegExp(`^definition\\.yaml:${line}:\\d+: Hạn mức “so-ket-2023-thanh-pho” nêu hình thức khen thưởng “bang-khen-khong-co”`));
    } finally {
      removePlan(broken);
    }
  });
});
