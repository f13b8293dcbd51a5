// Browser tests of the BUILT element (dist/thidua-elements.js and its chunks), in Debian's
// Chromium only (/usr/bin/chromium): never a downloaded browser. Run `pnpm build` first.
//   pnpm --filter @thidua/elements test     or     node scripts/test-all.mjs (root)
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { playwrightLauncher } from '@web/test-runner-playwright';
import { defaultReporter, summaryReporter } from '@web/test-runner';

process.env.PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD = '1';
const here = path.dirname(fileURLToPath(import.meta.url));

const CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'";

/** Writes `{ passed, failed, skipped, failedNames }` to $THIDUA_WTR_RESULT for scripts/test-all.mjs. */
function countReporter() {
  return {
    onTestRunFinished({ sessions }) {
      const out = process.env.THIDUA_WTR_RESULT;
      if (!out) return;
      let passed = 0;
      let failed = 0;
      let skipped = 0;
      const failedNames = [];
      const walk = (suite, file, names) => {
        for (const t of suite?.tests ?? []) {
          if (t.skipped) skipped++;
          else if (t.passed) passed++;
          else { failed++; failedNames.push(`${file} › ${[...names, t.name].join(' › ')}: ${t.error?.message?.split('\n')[0] ?? ''}`); }
        }
        for (const s of suite?.suites ?? []) walk(s, file, [...names, s.name]);
      };
      for (const s of sessions) {
        const file = path.relative(here, s.testFile);
        walk(s.testResults, file, []);
        // A file that failed to load or threw outside a test counts as one failure.
        if (!s.passed && !(s.testResults?.tests?.length || s.testResults?.suites?.length)) { failed++; failedNames.push(`${file}: ${s.errors?.[0]?.message ?? 'did not run'}`); }
        else if (s.errors?.length) { failed += s.errors.length; failedNames.push(`${file}: ${s.errors[0].message}`); }
      }
      fs.writeFileSync(out, JSON.stringify({ passed, failed, skipped, failedNames }));
    },
  };
}

export default {
  rootDir: path.resolve(here, '../..'),
  files: [path.join(here, 'test/*.test.js')],
  nodeResolve: true,
  concurrency: 1,
  concurrentBrowsers: 1,
  testsFinishTimeout: 300_000,
  testFramework: { config: { timeout: 60_000 } },
  browsers: [
    playwrightLauncher({
      product: 'chromium',
      launchOptions: {
        executablePath: '/usr/bin/chromium',
        headless: true,
        args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
      },
    }),
  ],
  middleware: [
    // Pages under test/pages/ are served with a real Content-Security-Policy header.
    async (ctx, next) => {
      await next();
      if (ctx.path.startsWith('/packages/elements/test/pages/')) ctx.set('Content-Security-Policy', CSP);
    },
  ],
  reporters: [defaultReporter(), summaryReporter({ flatten: false }), countReporter()],
};
