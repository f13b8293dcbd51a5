// The contents (mục lục) of a long report: one link per part of the form and per top section
// of the plan's outline, each with how far it has got. Beside the form and sticky where the
// element is wide; on a phone a button opens it above the form. A link moves focus to the
// part's heading, so keyboard and screen-reader users land where sighted users look.

import { interpolate } from '@thidua/core/messages';
import { html, nothing, type ReactiveControllerHost } from 'lit';
import type { IndexedResult } from '../../internal/validator.js';
import { childSchema, info, isLeaf, labelOf, type JsonSchema } from '../../internal/schema-model.js';
import { sectionState, type SectionState } from '../../internal/section-progress.js';
import { fieldId, isObject } from '../../internal/value-path.js';
import { settleInView } from './focus-field.js';
import type { FormModel } from './form-model.js';

export interface ContentsEntry {
  label: string;
  /** Id of the heading a link moves focus to. */
  target: string;
  /** The subtrees of the value the entry covers. */
  pointers: string[];
  children: ContentsEntry[];
}

/** The entries, in form order: the loose questions as one, then each part; a report's outline by its top sections. */
export function contentsEntries(m: FormModel): ContentsEntry[] {
  const s = m.chunk.schema;
  const obj = isObject(m.value) ? m.value : {};
  const out: ContentsEntry[] = [];
  let general: ContentsEntry | undefined;
  for (const k of info(s).keys) {
    const c = childSchema(s, k, obj)!;
    const w = info(c).widget;
    if (w === 'hidden') continue;
    if (isLeaf(w)) {
      // Gathered under one heading in the form (FieldRenderer.document), so here too.
      if (!general || out[out.length - 1] !== general) out.push((general = { label: m.t.general, target: 'general-title', pointers: [], children: [] }));
      general.pointers.push(`/${k}`);
      continue;
    }
    const id = fieldId([k]);
    const children = w === 'outline'
      ? m.outline.filter((n) => childSchema(c, n.id, obj[k])).map((n) => ({
        label: labelOf(childSchema(c, n.id, obj[k]) as JsonSchema, m.language),
        target: `${fieldId([k, n.id])}-title`,
        pointers: [`/${k}/${n.id}`],
        children: [],
      }))
      : [];
    out.push({ label: labelOf(c, m.language), target: `${id}-legend`, pointers: [`/${k}`], children });
  }
  return out;
}

/** Moves focus to the heading with `id` (and scrolls it to the top); true when it was there. */
export function focusHeading(root: ShadowRoot | DocumentFragment | HTMLElement, id: string): boolean {
  const el = (root as ParentNode).querySelector<HTMLElement>(`[id="${CSS.escape(id)}"]`);
  if (!el) return false;
  // A heading is not focusable by itself; -1 keeps it out of the tab order. Focus first: it
  // lays out a part that was skipped off screen (content-visibility), so the scroll lands.
  if (!el.hasAttribute('tabindex')) el.setAttribute('tabindex', '-1');
  el.focus({ preventScroll: true });
  el.scrollIntoView({ block: 'start' });
  settleInView(el, 'start');
  return true;
}

/** The contents' one piece of state, whether it is open on a narrow screen, and its template. */
export class Contents {
  private _open = false;

  constructor(private readonly host: ReactiveControllerHost & { readonly renderRoot: HTMLElement | DocumentFragment }) {}

  /** Only a document drawn with the plan's outline (a report) is long enough to need contents. */
  static wanted(m: FormModel): boolean {
    const s = m.chunk.schema;
    return m.outline.length > 0 && info(s).keys.some((k) => info(childSchema(s, k, {})!).widget === 'outline');
  }

  render(m: FormModel, result: IndexedResult | undefined): unknown {
    const t = m.t;
    const entries = contentsEntries(m);
    const states = new Map<ContentsEntry, SectionState>();
    const stateOf = (e: ContentsEntry) => {
      let st = states.get(e);
      if (!st) states.set(e, (st = sectionState(m.value, e.pointers, result, (a) => m.visible(a))));
      return st;
    };
    const done = entries.filter((e) => stateOf(e) === 'done').length;
    const progress = interpolate(t.contentsProgress, { done, total: entries.length });
    const words: Record<SectionState, string> = { empty: t.sectionEmpty, started: t.sectionStarted, errors: t.sectionErrors, done: t.sectionDone };
    const go = (ev: Event, e: ContentsEntry) => {
      ev.preventDefault();
      if (focusHeading(this.host.renderRoot, e.target)) {
        this._open = false;
        this.host.requestUpdate();
      }
    };
    const item = (e: ContentsEntry): unknown => {
      const st = stateOf(e);
      return html`<li class="contents-item state-${st}">
        <a href=${`#${e.target}`} @click=${(ev: Event) => go(ev, e)}><span class="contents-label">${e.label}</span><span class="contents-state"><span class="vh">, </span>${words[st]}</span></a>
        ${e.children.length ? html`<ol class="contents-list">${e.children.map(item)}</ol>` : nothing}
      </li>`;
    };
    return html`<nav class="contents ${this._open ? 'open' : ''}" part="contents" aria-labelledby="contents-title">
      <button type="button" class="secondary contents-toggle" part="button button-secondary" aria-expanded=${this._open ? 'true' : 'false'} aria-controls="contents-list"
        @click=${() => { this._open = !this._open; this.host.requestUpdate(); }}>${t.contentsTitle} <span class="contents-progress">${progress}</span></button>
      <h2 class="contents-title" id="contents-title">${t.contentsTitle} <span class="contents-progress">${progress}</span></h2>
      <ol class="contents-list" id="contents-list">${entries.map(item)}</ol>
    </nav>`;
  }
}
