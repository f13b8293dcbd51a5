// The demo portal (examples/portal-html) served by the reference server, in Debian's Chromium:
// the index lists every plan's two forms; a form page loads the element with one module script
// under `script-src 'self'` (no violation), keeps the portal's CSS and the element's apart in both
// directions, refuses an empty submit, posts a valid submission to the server and shows the answer,
// blocks the host form while invalid and sends the element's JSON through FormData when valid,
// keeps a draft across a reload until the server has accepted, and switches language.
import fs from 'node:fs';
import type { BrowserContext, Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import { formatViolations, runAxe } from './support/axe.js';
import { browserSuite } from './support/browser-suite.js';
import { example, planIds } from './support/harness.mjs';

const suite = browserSuite();
let context: BrowserContext;
let page: Page;
const posts: { url: string; status: number }[] = [];

beforeEach(async () => {
  await context?.close();
  context = await suite.browser.newContext({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
  // Installed through the DevTools protocol, so the page's CSP does not apply to it.
  await context.addInitScript(() => {
    (window as any).__csp = [];
    document.addEventListener('securitypolicyviolation', (e) => (window as any).__csp.push(`${e.effectiveDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`));
  });
  page = await context.newPage();
  posts.length = 0;
  page.on('response', (r) => {
    if (r.request().method() === 'POST') posts.push({ url: new URL(r.url()).pathname, status: r.status() });
  });
});

const formUrl = (plan: string, kind: string, lang = 'vi') => new URL(`form.html?plan=${plan}&kind=${kind}&lang=${lang}`, suite.server.url).href;

async function openPortalForm(plan: string, kind: string, lang = 'vi') {
  await page.goto(formUrl(plan, kind, lang));
  await page.evaluate(async () => {
    await customElements.whenDefined('thidua-form');
    const el = document.querySelector('thidua-form') as any;
    await el.ready;
    await el.updateComplete;
  });
}

const answerText = () => page.locator('#answer-body .verdict').textContent();

describe('portal index', () => {
  it('lists every plan with its report and nomination forms, in Vietnamese then English', async () => {
    await page.goto(suite.server.url);
    await page.waitForSelector('#plans > li');
    const rows = await page.$$eval('#plans > li', (lis) => lis.map((li) => ({
      plan: (li as HTMLElement).dataset.plan,
      links: [...li.querySelectorAll('a[data-kind]')].map((a) => ({ kind: (a as HTMLElement).dataset.kind, href: a.getAttribute('href'), text: a.textContent })),
    })));
    expect(rows.map((r) => r.plan).sort()).toEqual([...planIds()].sort());
    for (const r of rows) {
      expect(r.links.map((l) => l.kind)).toEqual(['report', 'nomination']);
      expect(r.links[0]!.href).toBe(`form.html?plan=${r.plan}&kind=report&lang=vi`);
      expect(r.links[1]!.text).toBe('Hồ sơ đề nghị khen thưởng');
    }
    expect(await page.getAttribute('html', 'lang')).toBe('vi');

    await page.click('.lang-switch a[hreflang="en"]');
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    expect(await page.textContent('h1')).toBe('E-forms by emulation plan');
    expect(await page.getAttribute('#plans a[data-kind="nomination"]', 'href')).toMatch(/&lang=en$/);
    expect(await page.evaluate(() => (window as any).__csp)).toEqual([]);
  }, 30_000);
});

describe('portal accessibility', () => {
  it('the portal\'s own pages (and the element in them) have no WCAG 2.1 A/AA violation, vi and en', async () => {
    const problems: string[] = [];
    for (const lang of ['vi', 'en']) {
      await page.goto(new URL(`?lang=${lang}`, suite.server.url).href);
      await page.waitForSelector('#plans > li');
      problems.push(formatViolations(`index (${lang})`, (await runAxe(page)).violations));
      await openPortalForm('lam-dong-2022-2025', 'nomination', lang);
      problems.push(formatViolations(`form page (${lang})`, (await runAxe(page)).violations));
    }
    const text = problems.filter(Boolean).join('\n\n');
    expect(text, text).toBe('');
  }, 60_000);
});

describe('portal form page', () => {
  it('loads the element with one module script under script-src \'self\', no violation', async () => {
    await openPortalForm('lam-dong-2022-2025', 'nomination');
    const scripts = await page.$$eval('script', (s) => s.map((x) => ({ type: x.getAttribute('type'), src: x.getAttribute('src'), inline: !x.src && x.textContent!.trim() !== '' })));
    expect(scripts.filter((s) => s.src === '/elements/thidua-elements.js')).toEqual([{ type: 'module', src: '/elements/thidua-elements.js', inline: false }]);
    expect(scripts.some((s) => s.inline)).toBe(false);
    const csp = await page.getAttribute('meta[http-equiv="Content-Security-Policy"]', 'content');
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe');
    expect(await page.evaluate(() => document.querySelector('thidua-form')!.shadowRoot!.querySelector('.title')?.textContent)).toBeTruthy();
    expect(await page.evaluate(() => (window as any).__csp)).toEqual([]);
  }, 30_000);

  it('no CSS leaks: the portal\'s aggressive input/label/button/h2 rules stay out, the element adds none to the page', async () => {
    await openPortalForm('lam-dong-2022-2025', 'nomination');
    const styles = await page.evaluate(() => {
      const root = document.querySelector('thidua-form')!.shadowRoot!;
      const pick = (el: Element | null, props: string[]) => {
        if (!el) return null;
        const cs = getComputedStyle(el);
        return Object.fromEntries(props.map((p) => [p, cs.getPropertyValue(p)]));
      };
      const props = ['border-top-style', 'background-color', 'font-style', 'text-transform', 'letter-spacing', 'border-bottom-style', 'color', 'border-top-left-radius'];
      return {
        inner: {
          input: pick(root.querySelector('input[type="text"]'), props),
          label: pick(root.querySelector('label'), props),
          button: pick(root.querySelector('button'), props),
          h2: pick(root.querySelector('h2'), props),
          legend: pick(root.querySelector('legend'), props),
        },
        outer: {
          input: pick(document.getElementById('q'), props),
          label: pick(document.querySelector('.search label'), props),
          button: pick(document.getElementById('host-submit'), props),
          h2: pick(document.querySelector('.sidebar h2'), props),
        },
        sheets: [...document.styleSheets].map((s) => s.href && new URL(s.href).pathname),
        adopted: document.adoptedStyleSheets.length,
        styleTags: document.querySelectorAll('style').length,
      };
    });
    // The portal's own controls look as the portal says…
    expect(styles.outer.input).toMatchObject({ 'border-top-style': 'dashed', 'background-color': 'rgb(255, 248, 204)', 'font-style': 'italic' });
    expect(styles.outer.label!['text-transform']).toBe('uppercase');
    expect(styles.outer.button!['text-transform']).toBe('uppercase');
    expect(styles.outer.h2).toMatchObject({ 'text-transform': 'uppercase', 'border-bottom-style': 'double', color: 'rgb(155, 13, 31)' });
    // …and none of it reaches inside the element.
    expect(styles.inner.input!['border-top-style']).not.toBe('dashed');
    expect(styles.inner.input!['background-color']).not.toBe('rgb(255, 248, 204)');
    expect(styles.inner.input!['font-style']).toBe('normal');
    for (const k of ['input', 'label', 'button', 'h2', 'legend'] as const) {
      expect(styles.inner[k], `${k} inside the element`).not.toBeNull();
      expect(styles.inner[k]!['text-transform'], `${k} inside the element`).toBe('none');
    }
    expect(styles.inner.h2!['border-bottom-style']).not.toBe('double');
    expect(styles.inner.button!['border-top-left-radius']).not.toBe('14px');
    // The element brought no style sheet into the document.
    expect(styles.sheets).toEqual(['/css/portal.css']);
    expect(styles.adopted).toBe(0);
    expect(styles.styleTags).toBe(0);
  }, 30_000);

  it('refuses an empty submit with a Vietnamese summary and posts nothing; posts a valid submission and shows the server\'s answer', async () => {
    await openPortalForm('lam-dong-2022-2025', 'nomination');
    await page.locator('thidua-form .footer button.secondary').click();
    await expect.poll(() => page.locator('thidua-form .error-summary').textContent()).toMatch(/Có \d+ lỗi cần sửa/);
    expect(posts).toEqual([]);
    expect(await page.isHidden('#answer')).toBe(true);

    await page.evaluate((v) => { (document.querySelector('thidua-form') as any).value = v; }, example('lam-dong-2022-2025', 'nomination'));
    await page.locator('thidua-form .footer button.primary').click(); // Kiểm tra lại
    // Once failed here (in CI, never again in dozens of runs): no review step within 30 s. What
    // the form shows instead says why, if it comes back.
    const reviewed = await page.locator('thidua-form .review-title').waitFor({ timeout: 30_000 }).then(() => true, () => false);
    expect(reviewed, `no review step; the form shows: ${(await page.locator('thidua-form .error-summary, thidua-form .footer').allTextContents()).join(' | ')}`).toBe(true);
    // "Tải PDF" on the review step: the official PDF, built in the browser under the page's CSP.
    const download = page.waitForEvent('download', { timeout: 60_000 });
    await page.locator('thidua-form .review .footer button', { hasText: 'Tải PDF' }).click();
    const pdf = await download;
    expect(pdf.suggestedFilename()).toBe('lam-dong-2022-2025-nomination.pdf');
    const bytes = fs.readFileSync((await pdf.path())!);
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
    expect(bytes.length).toBeGreaterThan(10_000);
    await page.locator('thidua-form .review .footer button.primary').click(); // Gửi hồ sơ
    await expect.poll(answerText).toMatch(/Hồ sơ hợp lệ: máy chủ đã chấp nhận \(HTTP 200\)/);
    expect(posts).toEqual([{ url: '/submissions/lam-dong-2022-2025/nomination/validate', status: 200 }]);
    expect(await page.textContent('#answer-body')).toContain('thidua-submit');
    expect(await page.evaluate(() => (window as any).__csp)).toEqual([]);
  }, 90_000);

  it('shows the server\'s refusal with its messages', async () => {
    // The element only sends valid data, so the server's 422 is staged here (a rule only the
    // server knows, e.g. a quota already used by other units).
    await page.route('**/submissions/*/*/validate', (route) => route.fulfill({
      status: 422,
      contentType: 'application/json',
      body: JSON.stringify({ ok: false, errors: [{ path: '/nominees', code: 'quota-exceeded', message: '«Danh sách» vượt số lượng được đề nghị.' }], warnings: [] }),
    }));
    await openPortalForm('dong-nai-so-ket-2023', 'report');
    await page.evaluate((v) => { (document.querySelector('thidua-form') as any).value = v; }, example('dong-nai-so-ket-2023', 'report'));
    await page.locator('thidua-form .footer button.secondary').click();
    await expect.poll(answerText).toBe('Máy chủ từ chối hồ sơ (HTTP 422): 1 lỗi.');
    expect(await page.textContent('#answer-body ul.errors')).toBe('«Danh sách» vượt số lượng được đề nghị.');
    // Nothing typed is lost: the data is still in the element.
    expect(await page.evaluate(() => (document.querySelector('thidua-form') as any).validate().ok)).toBe(true);
  }, 30_000);

  it('the host form is blocked while the element is invalid; when valid its FormData carries the JSON', async () => {
    await openPortalForm('binh-dinh-2021-2025', 'report');
    await page.click('#host-submit');
    await expect.poll(() => page.locator('thidua-form .error-summary').count()).toBe(1);
    expect(posts).toEqual([]);

    const data = example('binh-dinh-2021-2025', 'report');
    await page.evaluate((v) => { (document.querySelector('thidua-form') as any).value = v; }, data);
    await page.click('#host-submit');
    await expect.poll(answerText).toMatch(/HTTP 200/);
    expect(posts).toEqual([{ url: '/submissions/binh-dinh-2021-2025/report/validate', status: 200 }]);
    expect(await page.textContent('#answer-body')).toContain('FormData');
  }, 30_000);

  it('keeps a draft across a reload until the server accepts the submission', async () => {
    await openPortalForm('dong-nai-tdkt-2023', 'report');
    const field = page.locator('thidua-form input[id="f.header.agency"]');
    await field.fill('Ủy ban nhân dân huyện Nhơn Trạch');
    // Autosave is debounced (400 ms after the last change).
    await expect.poll(() => page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('thidua:draft')).length)).toBe(1);
    await openPortalForm('dong-nai-tdkt-2023', 'report');
    expect(await page.locator('thidua-form input[id="f.header.agency"]').inputValue()).toBe('Ủy ban nhân dân huyện Nhơn Trạch');
    expect(await page.locator('thidua-form [part~="draft-notice"]').count()).toBe(1);

    await page.evaluate((v) => { (document.querySelector('thidua-form') as any).value = v; }, example('dong-nai-tdkt-2023', 'report'));
    await page.locator('thidua-form .footer button.secondary').click(); // Gửi báo cáo, straight from the form
    await expect.poll(answerText).toMatch(/HTTP 200/);
    const keys = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('thidua:draft')));
    expect(keys).toEqual([]);
  }, 30_000);

  it('switches language in place: element and portal', async () => {
    await openPortalForm('lam-dong-2022-2025', 'report');
    const viTitle = await page.evaluate(() => document.querySelector('thidua-form')!.shadowRoot!.querySelector('.title')!.textContent);
    await page.click('.lang-switch a[hreflang="en"]');
    await page.evaluate(() => (document.querySelector('thidua-form') as any).updateComplete);
    expect(await page.getAttribute('thidua-form', 'lang')).toBe('en');
    expect(await page.textContent('h1')).toBe('Progress report');
    expect(page.url()).toMatch(/lang=en/);
    const enTitle = await page.evaluate(() => document.querySelector('thidua-form')!.shadowRoot!.querySelector('.title')!.textContent);
    expect(enTitle).not.toBe(viTitle);
    expect(await page.locator('thidua-form .footer button.primary').textContent()).toBe('Check your answers');
  }, 30_000);
});
