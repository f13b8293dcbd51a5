#!/usr/bin/env node
// The main job until the demo portal lands: runs the CLI's work over every plan — lists
// the plans, writes every schema, validates every example and shows plan rules firing.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeSchemas } from '../packages/cli/dist/index.js';
import { PLAN_MODULES, catalog } from '../packages/plans/dist/index.js';
import { validate } from '../packages/validate/dist/index.js';
import { renderSubmission } from '../packages/pdf/dist/node.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const out = path.join(root, 'out');
fs.rmSync(out, { recursive: true, force: true });

console.log('Thi Đua SDK — các kế hoạch / plans:');
for (const p of catalog()) console.log(`  ${p.id.padEnd(24)} ${p.province.padEnd(10)} ${p.title.slice(0, 90)}${p.title.length > 90 ? '…' : ''}`);

const schemaFiles = writeSchemas(path.join(out, 'schemas'));
console.log(`\nĐã ghi ${schemaFiles.length} lược đồ JSON / wrote ${schemaFiles.length} schema files → ${path.relative(root, path.join(out, 'schemas'))}/`);

console.log('\nKiểm tra hồ sơ mẫu / validating the examples:');
let bad = 0;
for (const m of PLAN_MODULES) {
  for (const ex of m.examples) {
    const r = validate(m.definition.id, ex.kind, ex.data);
    const file = path.join(out, 'examples', m.definition.id, `${ex.kind}-${m.examples.filter((e) => e.kind === ex.kind).indexOf(ex) + 1}.json`);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, JSON.stringify(ex.data, null, 2) + '\n');
    if (!r.ok) bad++;
    console.log(`  ${r.ok ? '✓' : '✗'} ${m.definition.id} ${ex.kind.padEnd(10)} ${ex.name}${r.warnings.length ? ` (${r.warnings.length} cảnh báo)` : ''}`);
  }
}

console.log('\nQuy tắc của kế hoạch / plan rules at work (invalid fixtures):');
let shown = 0;
for (const m of PLAN_MODULES) {
  for (const fx of m.invalid.filter((f) => f.expect.some((e) => e.clause)).slice(0, 2)) {
    const r = validate(m.definition.id, fx.kind, fx.data);
    const issue = [...r.errors, ...r.warnings].find((i) => i.clause);
    if (issue) { console.log(`  • ${fx.name}\n    → ${issue.message}`); shown++; }
  }
}
console.log('\nVăn bản PDF theo Nghị định 30/2020 / official PDFs:');
for (const m of PLAN_MODULES) {
  for (const kind of ['report', 'nomination']) {
    const ex = m.examples.find((e) => e.kind === kind);
    const file = path.join(out, 'pdf', `${m.definition.id}-${kind}.pdf`);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    const t = performance.now();
    const pdf = await renderSubmission(m.definition.id, kind, ex.data);
    fs.writeFileSync(file, pdf);
    console.log(`  ${path.relative(root, file).padEnd(52)} ${String(Math.round(pdf.length / 1024)).padStart(4)} KB  ${Math.round(performance.now() - t)} ms`);
  }
}

const reportFile = path.join(out, 'validation-summary.json');
fs.writeFileSync(reportFile, JSON.stringify({ plans: catalog().length, examples: PLAN_MODULES.reduce((n, m) => n + m.examples.length, 0), invalidExamples: bad }, null, 2) + '\n');
console.log(`\nKết quả ghi tại / output in: ${path.relative(root, out)}/ (schemas/, examples/, pdf/, validation-summary.json)`);
console.log('Thử / try: pnpm thidua validate lam-dong-2022-2025 nomination out/examples/lam-dong-2022-2025/nomination-1.json');
process.exit(bad ? 1 : 0);
