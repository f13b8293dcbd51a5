// Per test file: the reference server with the test pages (127.0.0.1, a free port) and Debian's
// Chromium, started before its tests and closed after them, whatever they left open.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchChromium, requireBuilt, startHarness } from './harness.mjs';

export interface BrowserSuite {
  server: { url: string; close: () => Promise<void> };
  browser: Browser;
}

export interface SuiteOptions {
  /** Options for the server (`createServer`), computed when the suite starts (e.g. a built portal). */
  server?: () => Record<string, unknown>;
  /** A page of 1280 × 900 in its own context, opened once the browser is up. */
  page?: boolean;
}

export function browserSuite(options: SuiteOptions & { page: true }): BrowserSuite & { page: Page; context: BrowserContext };
export function browserSuite(options?: SuiteOptions): BrowserSuite;
export function browserSuite(options: SuiteOptions = {}): BrowserSuite & { page?: Page; context?: BrowserContext } {
  requireBuilt();
  const suite = {} as BrowserSuite & { page?: Page; context?: BrowserContext };
  beforeAll(async () => {
    suite.server = await startHarness(options.server?.() ?? {});
    suite.browser = await launchChromium();
    if (options.page) {
      suite.context = await suite.browser.newContext({ viewport: { width: 1280, height: 900 } });
      suite.page = await suite.context.newPage();
    }
  }, 60_000);
  afterAll(async () => {
    await suite.browser?.close();
    await suite.server?.close();
  });
  return suite;
}
