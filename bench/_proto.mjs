import fs from 'node:fs';
import { chromium } from 'playwright-core';
import { reportHtml, tinosFontUrls } from '/work/main/bench/report-html.mjs';
import { getPlan, getExample } from '/work/main/packages/plans/dist/index.js';
const plan = getPlan('lam-dong-2022-2025');
const data = structuredClone(getExample('lam-dong-2022-2025','report'));
for (const s of Object.values(data.sections)) if (s.text && s.text.length > 300) s.text = s.text + '\n' + s.text;
const args = ['--no-sandbox','--disable-gpu','--disable-dev-shm-usage','--no-first-run','--disable-background-networking','--disable-component-update','--disable-sync'];
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args });
try {
  const page = await browser.newPage();
  page.on('console', m => console.log('console', m.text()));
  page.on('requestfailed', r => console.log('failed', r.url().slice(0,80), r.failure()?.errorText));
  for (const mode of ['about', 'file', 'inline']) {
    if (mode === 'file') await page.goto('file:///tmp/blank.html');
    const html = reportHtml(plan, data, { fonts: tinosFontUrls({ inline: mode === 'inline' }) });
    let t = performance.now();
    for (let i = 0; i < 6; i++) {
      t = performance.now();
      await page.setContent(html, { waitUntil: 'load' });
      const fontsOk = await page.evaluate(() => [...document.fonts].map(f => f.status).join(','));
      const pdf = await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true });
      if (i === 5) { console.log(mode, fontsOk, pdf.length, (performance.now()-t).toFixed(1)); fs.writeFileSync(`/tmp/chr-${mode}.pdf`, pdf); }
    }
  }
} finally { await browser.close(); }
