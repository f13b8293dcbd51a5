#!/usr/bin/env node
// Renders reference pages of the official PDFs into docs/images/pdf/ (pdftoppm, 70 dpi):
// what a reviewer compares with the Decree. Run after `pnpm build`; not part of the build.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { getExample } from '../packages/plans/dist/index.js';
import { renderSubmission } from '../packages/pdf/dist/node.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const out = path.join(root, 'docs/images/pdf');
fs.mkdirSync(out, { recursive: true });
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'thidua-samples-'));

async function pages(name, planId, kind, data, wanted, opts = {}) {
  const file = path.join(tmp, `${name}.pdf`);
  fs.writeFileSync(file, await renderSubmission(planId, kind, data, opts));
  for (const [label, page] of wanted) {
    execFileSync('pdftoppm', ['-png', '-r', '70', '-f', String(page), '-l', String(page), '-singlefile', file, path.join(out, `${name}-${label}`)]);
  }
}

const report = getExample('lam-dong-2022-2025', 'report');
await pages('bao-cao', 'lam-dong-2022-2025', 'report', report, [['trang-1', 1], ['trang-2', 2]]);
const dossier = getExample('lam-dong-2022-2025', 'nomination');
const text = execFileSync('pdftotext', ['-raw', '-', '-'], { input: await renderSubmission('lam-dong-2022-2025', 'nomination', dossier) }).toString('utf8').split('\f');
const find = (s, from = 0) => text.findIndex((t, i) => i >= from && t.includes(s)) + 1;
const list = find('DANH SÁCH ĐỀ NGHỊ TẶNG');
const minutes = find('BIÊN BẢN');
const firstReport = find('BÁO CÁO THÀNH TÍCH');
const individual = text.findIndex((t) => t.includes('SƠ LƯỢC LÝ LỊCH')) + 1;
await pages('ho-so', 'lam-dong-2022-2025', 'nomination', dossier, [['to-trinh', 1], ['danh-sach', list], ['bien-ban', minutes], ['bctt-tap-the', firstReport], ['bctt-ca-nhan', individual]]);
const draft = structuredClone(report);
draft.sections.uuDiem = { text: '' };
await pages('ban-nhap', 'lam-dong-2022-2025', 'report', draft, [['trang-1', 1]], { draft: true });
fs.rmSync(tmp, { recursive: true, force: true });
console.log(`reference pages → ${path.relative(root, out)}: ${fs.readdirSync(out).join(', ')}`);
