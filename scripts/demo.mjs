#!/usr/bin/env node
// The main job: runs the CLI's work over every plan — lists the plans, writes every schema,
// validates every example, shows plan rules firing and writes the PDFs — then starts the
// reference server with the demo portal on 127.0.0.1 (port $PORT or 38123, or the next free
// one) and keeps it up until Ctrl-C.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeSchemas } from '../packages/cli/dist/index.js';
import { PLAN_MODULES, catalog } from '../packages/plans/dist/index.js';
import { validate } from '../packages/validate/dist/index.js';
import { renderSubmission } from '../packages/pdf/dist/node.js';
import { DEFAULT_PORT, startServer } from '../packages/server/dist/index.js';

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
for (const m of PLAN_MODULES) {
  for (const fx of m.invalid.filter((f) => f.expect.some((e) => e.clause)).slice(0, 2)) {
    const r = validate(m.definition.id, fx.kind, fx.data);
    const issue = [...r.errors, ...r.warnings].find((i) => i.clause);
    if (issue) { console.log(`  • ${fx.name}\n    → ${issue.message}`); }
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
if (bad) process.exit(1);

// ---- The reference server with the demo portal, until Ctrl-C ----
const port = process.env.PORT ? Number(process.env.PORT) : DEFAULT_PORT;
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`PORT không hợp lệ / invalid PORT: ${process.env.PORT}`);
  process.exit(2);
}
let server;
try {
  server = await startServer({ host: '127.0.0.1', port, portAttempts: 10, logger: { level: 'warn' } });
} catch (e) {
  console.error(`Không khởi động được máy chủ / could not start the server: ${e.code === 'EADDRINUSE' ? `các cổng ${port}–${port + 9} đều bận / ports ${port}–${port + 9} are all in use (đặt PORT=… / set PORT=…)` : e.message}`);
  process.exit(1);
}
const { url } = server;
console.log(`\nMáy chủ và cổng thông tin mẫu / server and demo portal: ${url}`);
console.log(`  API: ${url}plans · ${url}schemas/lam-dong-2022-2025/nomination.json · POST ${url}submissions/<plan>/<kind>/validate | /pdf`);
console.log(`  curl -s -H 'Content-Type: application/json' --data-binary @out/examples/lam-dong-2022-2025/nomination-1.json ${url}submissions/lam-dong-2022-2025/nomination/validate`);
console.log('Nhấn Ctrl-C để dừng / press Ctrl-C to stop.');
let stopping = false;
const stop = async (signal) => {
  if (stopping) process.exit(130); // a second Ctrl-C: do not wait
  stopping = true;
  console.log(`\nĐang dừng máy chủ (${signal}) / stopping the server`);
  await server.app.close();
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
