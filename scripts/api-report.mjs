#!/usr/bin/env node
// API reports: what each package's entry points export, as API Extractor prints it, committed
// under api/. A change of public surface then shows in review as a change of these files.
//   node scripts/api-report.mjs            write the reports (after `pnpm run build`)
//   node scripts/api-report.mjs --check    exit 1, naming the reports, when the built .d.ts differ
//   --reports DIR                           compare with (or write) the reports in DIR instead of api/
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Extractor, ExtractorConfig } from '@microsoft/api-extractor';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const at = process.argv.indexOf('--reports');
const reportDir = at > 0 ? path.resolve(process.argv[at + 1]) : path.join(root, 'api');
const check = process.argv.includes('--check');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'thidua-api-'));

/** Every entry point with types in a package's exports map: ["@thidua/pdf", "./node", "dist/node.d.ts"]. */
function entryPoints() {
  const out = [];
  for (const dir of fs.readdirSync(path.join(root, 'packages')).sort()) {
    const pkgFile = path.join(root, 'packages', dir, 'package.json');
    if (!fs.existsSync(pkgFile)) continue;
    const pkg = JSON.parse(fs.readFileSync(pkgFile, 'utf8'));
    for (const [sub, target] of Object.entries(pkg.exports ?? {})) {
      if (target && typeof target === 'object' && target.types) out.push({ dir, name: pkg.name, sub, types: target.types });
    }
  }
  return out;
}

/** "@thidua/pdf" + "./node" → "pdf.node.api.md"; the main entry → "pdf.api.md". */
const reportName = (e) => `${e.dir}${e.sub === '.' ? '' : '.' + e.sub.replace(/^\.\//, '').replace(/[^\w-]+/g, '-')}.api.md`;

const stale = [];
const written = [];
const expected = new Set();
for (const e of entryPoints()) {
  const projectFolder = path.join(root, 'packages', e.dir);
  const file = reportName(e);
  expected.add(file);
  const config = ExtractorConfig.prepare({
    configObject: {
      projectFolder,
      mainEntryPointFilePath: path.join(projectFolder, e.types),
      compiler: { tsconfigFilePath: path.join(projectFolder, 'tsconfig.json') },
      apiReport: { enabled: true, reportFileName: file, reportFolder: reportDir, reportTempFolder: tmp, includeForgottenExports: false },
      docModel: { enabled: false },
      dtsRollup: { enabled: false },
      tsdocMetadata: { enabled: false },
      messages: {
        extractorMessageReporting: { default: { logLevel: 'none' } },
        tsdocMessageReporting: { default: { logLevel: 'none' } },
        compilerMessageReporting: { default: { logLevel: 'error' } },
      },
    },
    configObjectFullPath: path.join(projectFolder, 'api-extractor.json'),
    packageJsonFullPath: path.join(projectFolder, 'package.json'),
  });
  const result = Extractor.invoke(config, { localBuild: !check, showVerboseMessages: false, messageCallback: (m) => { if (m.logLevel !== 'error') m.handled = true; } });
  if (!result.succeeded && !result.apiReportChanged) {
    console.error(`api-report: ${e.name}${e.sub === '.' ? '' : e.sub.slice(1)}: API Extractor failed (${result.errorCount} errors)`);
    process.exitCode = 1;
  }
  if (result.apiReportChanged) (check ? stale : written).push(file);
}
// A report whose entry point is gone is stale too.
for (const f of fs.existsSync(reportDir) ? fs.readdirSync(reportDir) : []) {
  if (!f.endsWith('.api.md') || expected.has(f)) continue;
  if (check) stale.push(f);
  else { fs.rmSync(path.join(reportDir, f)); written.push(`${f} (removed)`); }
}
fs.rmSync(tmp, { recursive: true, force: true });
if (check && stale.length) {
  console.error(`Bề mặt API đã đổi mà báo cáo chưa cập nhật / the public API changed without its report: ${stale.join(', ')}.\nXem lại thay đổi, rồi chạy / review the change, then run: node scripts/api-report.mjs, and commit api/.`);
  process.exit(1);
}
console.log(check ? `api reports: ${expected.size} up to date` : `api reports → api/: ${written.length ? written.join(', ') : 'no change'}`);
