// Keyboard-only use of one small form (Đồng Nai 2016–2020 report) in Debian's Chromium:
// an empty submit reached with Shift+Tab and Enter puts focus on the error summary, whose links
// take focus to their fields; then the whole report is completed from the keyboard alone (Tab,
// Shift+Tab, typing, Space on radios and checkboxes, arrow keys in selects and radio groups,
// Enter on "Thêm…" buttons), reviewed ("Kiểm tra lại") and submitted. Every control that gets
// focus on the way must show it (an outline or a box-shadow).
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browserSuite } from './support/browser-suite.js';
import { example, openForm } from './support/harness.mjs';

const PLAN = 'dong-nai-2016-2020';
const KIND = 'report';

const suite = browserSuite({ page: true });

interface Focused {
  tag: string;
  type: string;
  id: string;
  name: string;
  value: string;
  checked: boolean;
  cls: string;
  text: string;
  inForm: boolean;
  visibleFocus: boolean;
  focusStyle: string;
  options?: string[];
}

/** The focused element, looking through shadow roots, and whether its focus is visible. */
function focused(p: Page): Promise<Focused | null> {
  return p.evaluate(() => {
    let a: Element | null = document.activeElement;
    while (a && (a as HTMLElement).shadowRoot?.activeElement) a = (a as HTMLElement).shadowRoot!.activeElement;
    if (!a || a === document.body) return null;
    const el = a as HTMLInputElement;
    const cs = getComputedStyle(el);
    const outline = cs.outlineStyle !== 'none' && parseFloat(cs.outlineWidth) > 0;
    const shadow = cs.boxShadow !== 'none' && cs.boxShadow !== '';
    return {
      tag: el.tagName.toLowerCase(),
      type: (el.type as string) ?? '',
      id: el.id,
      name: el.getAttribute('name') ?? '',
      value: 'value' in el ? String(el.value) : '',
      checked: Boolean(el.checked),
      cls: typeof el.className === 'string' ? el.className : '',
      text: (el.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 80),
      inForm: el.getRootNode() !== document,
      visibleFocus: outline || shadow,
      focusStyle: `outline: ${cs.outlineStyle} ${cs.outlineWidth} ${cs.outlineColor}; box-shadow: ${cs.boxShadow}`,
      options: el.tagName === 'SELECT' ? [...(el as unknown as HTMLSelectElement).options].map((o) => o.value) : undefined,
    };
  });
}

/** `f.header.date` → ['header', 'date']; drops the suffix of option and button ids. */
function pathOf(id: string): (string | number)[] | undefined {
  if (!id.startsWith('f')) return undefined;
  const bare = id.replace(/-(\d+|add|remove|up|down|toggle|group)$/, '');
  return bare.split('.').slice(1).map((s) => (/^\d+$/.test(s) ? Number(s) : s));
}

function getIn(v: unknown, path: (string | number)[]): unknown {
  let cur = v;
  for (const s of path) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<string, unknown>)[s as string];
  }
  return cur;
}

/** How a person types a value: dates dd/mm/yyyy, numbers with a decimal comma. */
function typed(v: unknown): string | undefined {
  if (typeof v === 'number') return Number.isInteger(v) ? String(v) : String(v).replace('.', ',');
  if (typeof v !== 'string') return undefined;
  const d = /^(\d{4})-(\d{2})-(\d{2})$/.exec(v);
  return d ? `${d[3]}/${d[2]}/${d[1]}` : v;
}

/** Without empty objects: a heading-only outline section is `{}` in the example, absent in the form. */
function withoutEmpty(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(withoutEmpty);
  if (!v || typeof v !== 'object') return v;
  const out: Record<string, unknown> = {};
  for (const [k, x] of Object.entries(v)) {
    const y = withoutEmpty(x);
    if (y && typeof y === 'object' && !Array.isArray(y) && Object.keys(y).length === 0) continue;
    out[k] = y;
  }
  return out;
}

const current = (p: Page) => p.evaluate(() => (window as any).thiduaHarness.el.value);
const frame = (p: Page) => p.evaluate(() => (window as any).thiduaHarness.frame());

describe(`keyboard only: ${PLAN} ${KIND}`, () => {
  it('an empty submit by keyboard focuses the error summary; its links focus their fields', async () => {
    await openForm(suite.page, suite.server.url, { plan: PLAN, kind: KIND, lang: 'vi' });
    // From the end of the page backwards: the last control is the element's submit button.
    await suite.page.keyboard.press('Shift+Tab');
    let f = await focused(suite.page);
    expect(f?.text).toMatch(/^Gửi /);
    expect(f?.visibleFocus, `visible focus on the submit button (${f?.focusStyle})`).toBe(true);
    await suite.page.keyboard.press('Enter');
    await frame(suite.page);
    f = await focused(suite.page);
    expect(f?.cls, 'focus on the error summary').toContain('error-summary');
    expect(f?.visibleFocus, `visible focus on the error summary (${f?.focusStyle})`).toBe(true);
    await suite.page.keyboard.press('Tab');
    f = await focused(suite.page);
    expect(f?.tag).toBe('a');
    expect(f?.visibleFocus, `visible focus on a summary link (${f?.focusStyle})`).toBe(true);
    const href = await suite.page.evaluate(() => {
      let a: any = document.activeElement;
      while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement;
      return a.getAttribute('href') as string;
    });
    await suite.page.keyboard.press('Enter');
    await frame(suite.page);
    f = await focused(suite.page);
    expect(f && ['input', 'select', 'textarea'].includes(f.tag), `a summary link focuses its field (${href} → ${f?.tag}#${f?.id})`).toBe(true);
    // The pointer in the link and the focused control's id name the same place.
    const ptr = href.slice(1).split('/').filter(Boolean).join('.');
    expect(`${f!.id}`.startsWith(`f.${ptr}`) || `f.${ptr}`.startsWith(f!.id.replace(/-\d+$/, '')), `${href} → #${f!.id}`).toBe(true);
  }, 60_000);

  it('completes, reviews and submits the whole report from the keyboard, with visible focus throughout', async () => {
    const want = example(PLAN, KIND);
    await openForm(suite.page, suite.server.url, { plan: PLAN, kind: KIND, lang: 'vi' });
    const noFocusRing: string[] = [];
    const seen: string[] = [];
    let moved = false;
    let steps = 0;
    let shiftTabChecked = false;
    const actions: Record<string, number> = {};
    const did = (k: string) => { actions[k] = (actions[k] ?? 0) + 1; };

    await suite.page.keyboard.press('Tab');
    for (;;) {
      if (++steps > 600) throw new Error(`keyboard walk did not reach "Kiểm tra lại"; last controls: ${seen.slice(-10).join(', ')}`);
      const f = await focused(suite.page);
      if (!f) throw new Error(`focus left the page after ${seen.slice(-5).join(', ')}`);
      if (f.inForm && !f.visibleFocus) noFocusRing.push(`${f.tag}#${f.id || f.text} (${f.focusStyle})`);
      seen.push(`${f.tag}#${f.id || f.text}`);
      if (f.inForm && f.tag === 'button' && f.cls.includes('primary')) break; // "Kiểm tra lại"
      moved = false;
      const path = f.inForm ? pathOf(f.id || f.name) : undefined;
      if (path) {
        const value = await current(suite.page);
        const goal = getIn(want, path);
        if (f.tag === 'button' && f.id.endsWith('-add') && Array.isArray(goal)) {
          const have = getIn(value, path);
          if (!Array.isArray(have) || have.length < goal.length) {
            await suite.page.keyboard.press('Enter');
            await frame(suite.page);
            did('Enter on "Thêm…"');
            moved = true; // focus goes into the new entry
          }
        } else if ((f.tag === 'input' && (f.type === 'text' || f.type === '')) || f.tag === 'textarea') {
          const text = typed(goal);
          if (text !== undefined && f.value !== text) {
            await suite.page.keyboard.press('ControlOrMeta+A');
            if (f.value) await suite.page.keyboard.press('Backspace');
            // Key by key; past 40 characters the rest comes as one committed insertion, as a
            // Vietnamese input method (Telex, VNI) delivers composed text.
            await suite.page.keyboard.type(text.slice(0, 40));
            if (text.length > 40) await suite.page.keyboard.insertText(text.slice(40));
            did(f.tag === 'textarea' ? 'typed into a textarea' : 'typed into an input');
          }
        } else if (f.tag === 'select' && goal !== undefined) {
          const options = f.options!;
          const from = options.indexOf(f.value);
          const to = options.indexOf(String(goal));
          expect(to, `option ${String(goal)} in ${f.id}`).toBeGreaterThanOrEqual(0);
          for (let i = 0; i < Math.abs(to - from); i++) await suite.page.keyboard.press(to > from ? 'ArrowDown' : 'ArrowUp');
          if (to !== from) did('arrow keys in a select');
        } else if (f.tag === 'input' && f.type === 'radio' && goal !== undefined && !(f.checked && f.value === goal)) {
          // Space checks the focused radio; the arrow keys move along the group, checking as they go.
          await suite.page.keyboard.press('Space');
          did('Space/arrows in a radio group');
          for (let i = 0; i < 20; i++) {
            const r = await focused(suite.page);
            if (r!.value === goal) break;
            await suite.page.keyboard.press('ArrowDown');
          }
        } else if (f.tag === 'input' && f.type === 'checkbox') {
          const should = Array.isArray(goal) ? goal.includes(f.value === 'on' ? true : f.value) : goal === true;
          if (should !== f.checked) {
            await suite.page.keyboard.press('Space');
            did('Space on a checkbox');
          }
        }
      }
      if (!shiftTabChecked && seen.length === 3) {
        // Shift+Tab goes back to the previous control, Tab forward again.
        const here = await focused(suite.page);
        await suite.page.keyboard.press('Shift+Tab');
        const back = await focused(suite.page);
        expect(`${back?.tag}#${back?.id || back?.text}`).toBe(seen[1]);
        await suite.page.keyboard.press('Tab');
        const again = await focused(suite.page);
        expect(again?.id).toBe(here?.id);
        shiftTabChecked = true;
      }
      if (!moved) await suite.page.keyboard.press('Tab');
    }

    console.log(`keyboard walk over ${PLAN} ${KIND}: ${seen.length} focus stops; ${Object.entries(actions).map(([k, n]) => `${n}× ${k}`).join(', ')}`);
    expect(Object.keys(actions)).toEqual(expect.arrayContaining(['typed into an input', 'typed into a textarea', 'Enter on "Thêm…"', 'arrow keys in a select', 'Space/arrows in a radio group']));
    const value = await current(suite.page);
    const result = await suite.page.evaluate(() => (window as any).thiduaHarness.el.validate());
    expect(result.errors.map((e: { message: string }) => e.message), 'the keyboard-filled report is valid').toEqual([]);
    expect(withoutEmpty(value), 'the keyboard-filled report is the example').toEqual(withoutEmpty(want));

    // "Kiểm tra lại" → the review step takes focus; its "Gửi báo cáo" submits.
    await suite.page.keyboard.press('Enter');
    await frame(suite.page);
    let f = await focused(suite.page);
    expect(f?.id).toBe('review-title');
    for (let i = 0; i < 400; i++) {
      await suite.page.keyboard.press('Tab');
      f = await focused(suite.page);
      if (f?.inForm && !f.visibleFocus) noFocusRing.push(`${f.tag}#${f.id || f.text} (${f.focusStyle})`);
      if (f?.tag === 'button' && /^Gửi /.test(f.text)) break;
    }
    expect(f?.text).toMatch(/^Gửi /);
    await suite.page.keyboard.press('Space');
    await frame(suite.page);
    const submits = await suite.page.evaluate(() => (window as any).thiduaHarness.events.filter((e: { type: string }) => e.type === 'thidua-submit'));
    expect(submits).toHaveLength(1);
    expect(withoutEmpty(submits[0].detail.value)).toEqual(withoutEmpty(want));
    expect(noFocusRing, 'every focused control shows its focus').toEqual([]);
  }, 120_000);
});
