// The form drawn from the schema: one control per leaf (text, textarea, number, date, time,
// radio, select, checkbox), fieldsets for groups, repeatable lists, tables and collapsible
// nominee cards, and a report's numbered outline. Every control has a real <label for>;
// hints, errors, units and counters are tied to it with aria-describedby.

import { formatDate, formatNumber, type OutlineNode } from '@thidua/core';
import { interpolate } from '@thidua/core/messages';
import { html, nothing, type TemplateResult } from 'lit';
import { guard } from 'lit/directives/guard.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { applicableOptions, applies, waitingOn } from '../../internal/applicability.js';
import { ref } from 'lit/directives/ref.js';
import { minHeight } from '../../internal/min-height.js';
import { TYPED_FIGURE } from '../../internal/number-format.js';
import {
  childSchema, discriminatorOf, enumOptions, hintOf, info, isLeaf, isNumeric, labelOf, optionalInFull, requiredKeys, unitOf, variantFor, variantOptions,
  type JsonSchema, type Widget,
} from '../../internal/schema-model.js';
import { fieldId, isObject, toPointer, type Path } from '../../internal/value-path.js';

import type { FormModel, VisibleIssues } from './form-model.js';
import { withReviewReturn } from './review-return.js';
import { inlineIssue } from './issue-text.js';

type Level = 3 | 4 | 5 | 6;

const next = (l: Level): Level => (l < 6 ? ((l + 1) as Level) : 6);

/** A heading of the given level (h3–h6) around `content`. */
export function heading(level: Level, content: unknown, cls = 'heading', id?: string): TemplateResult {
  switch (level) {
    case 3: return html`<h3 class=${cls} id=${ifDefined(id)}>${content}</h3>`;
    case 4: return html`<h4 class=${cls} id=${ifDefined(id)}>${content}</h4>`;
    case 5: return html`<h5 class=${cls} id=${ifDefined(id)}>${content}</h5>`;
    default: return html`<h6 class=${cls} id=${ifDefined(id)}>${content}</h6>`;
  }
}

/** Code points of the NFC form: how the validator counts a text's length. */
export function textLength(s: string): number {
  let n = 0;
  for (const _ of s.normalize('NFC')) n++;
  return n;
}

const lowerFirst = (s: string) => (/^\p{Lu}\p{Ll}/u.test(s) ? s[0]!.toLowerCase() + s.slice(1) : s);

/** What a nominee is called, for its collapsed summary line. */
export function entryName(v: unknown): string {
  if (!isObject(v)) return '';
  const p = isObject(v['profile']) ? v['profile'] : {};
  for (const x of [v['name'], p['fullName'], p['householder'], v['fullName'], v['title']]) if (typeof x === 'string' && x.trim()) return x.trim();
  return '';
}

interface NodeOpts {
  /** Required in its parent (an optional one is marked "(không bắt buộc)"). */
  required: boolean;
  level: Level;
  /** The other fields of its object, which decide the options that apply, and its schema. */
  siblings?: Readonly<Record<string, unknown>>;
  within?: JsonSchema;
  /** Inside a list: an emptied text stays "" instead of being removed. */
  inList?: boolean;
  /** Label to use instead of the schema's (a row's "Năm, dòng 2"). */
  label?: string;
  /** The label is drawn elsewhere (a section heading) and only the control is wanted. */
  bare?: boolean;
  /** Ids of text drawn elsewhere that describes the control (the section's hint). */
  describedBy?: string;
  /** The unit is in the column header (table cells). */
  noUnit?: boolean;
}

// Browsers without `field-sizing: content` grow textareas from script (CSSOM: CSP-safe).
const CALENDAR_ICON = html`<svg aria-hidden="true" focusable="false" width="18" height="18" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="2"><rect x="3" y="5" width="18" height="16" rx="2"/><path d="M3 10h18M8 3v4M16 3v4"/></svg>`;
const AUTO_SIZE = typeof CSS !== 'undefined' && CSS.supports('field-sizing', 'content');
function grow(t: HTMLTextAreaElement): void {
  if (AUTO_SIZE) return;
  t.style.height = 'auto';
  t.style.height = `${t.scrollHeight + 4}px`;
}

export class FieldRenderer {
  constructor(private readonly h: FormModel) {}

  // ---- Dispatch ----

  node(path: Path, s: JsonSchema, value: unknown, o: NodeOpts): TemplateResult | typeof nothing {
    const back = this.h.returnTo;
    const drawn = this.drawNode(path, s, value, o);
    return back !== undefined && back === toPointer(path) ? withReviewReturn(this.h, drawn) : drawn;
  }

  private drawNode(path: Path, s: JsonSchema, value: unknown, o: NodeOpts): TemplateResult | typeof nothing {
    const i = info(s);
    switch (i.widget) {
      case 'hidden': return nothing;
      case 'text': case 'textarea': case 'number': case 'percent': case 'money': case 'year': case 'date': case 'time':
        return this.input(path, s, value, i.widget, o);
      case 'select': return this.select(path, s, value, o);
      case 'radio': return this.radios(path, s, value, o);
      case 'checkbox': return this.checkbox(path, s, value, o);
      case 'checkboxes': return this.checkboxes(path, s, value, o);
      case 'list': return this.list(path, s, value, o);
      case 'table': return this.table(path, s, value, o);
      case 'repeat': return this.repeatGroups(path, s, value, o);
      case 'cards': return this.cards(path, s, value, o);
      case 'outline': return this.outline(path, s, value, o);
      case 'variant': return this.variant(path, s, value, o);
      case 'group': return this.group(path, s, value, o);
    }
  }

  /** The properties of an object, in form order. */
  properties(path: Path, s: JsonSchema, value: unknown, level: Level, skip?: string): unknown[] {
    const i = info(s);
    const obj = isObject(value) ? value : {};
    const required = requiredKeys(s, obj);
    const out: unknown[] = [];
    for (const k of i.keys) {
      if (k === skip) continue;
      const c = childSchema(s, k, obj)!;
      // A field that does not apply is not asked (one still holding a value shows, to be cleared).
      if (obj[k] === undefined && !applies(c, obj)) continue;
      out.push(this.node([...path, k], c, obj[k], { required: required.has(k), level, siblings: obj, within: s }));
    }
    return out;
  }

  /**
   * The document's top level: its parts (groups, lists, the outline) as they are, and the
   * loose questions before them (đợt, hình thức khen thưởng) gathered under one heading.
   */
  document(s: JsonSchema, value: unknown): unknown[] {
    const i = info(s);
    const obj = isObject(value) ? value : {};
    const out: unknown[] = [];
    let loose: unknown[] = [];
    const flush = () => {
      if (!loose.length) return;
      out.push(html`<section class="group part" part="group section" aria-labelledby="general-title">
        ${heading(3, this.h.t.general, 'heading', 'general-title')}
        ${loose}
      </section>`);
      loose = [];
    };
    const h = this.h;
    for (const k of i.keys) {
      const c = childSchema(s, k, obj)!;
      const w = info(c).widget;
      if (w === 'hidden') continue;
      // Each part is redrawn only when its data, its issues or the UI state change: typing in
      // one part of a long dossier leaves the others alone.
      const deps = [obj[k], h.partSignature(k), h.uiVersion, h.drawVersion, h.language, h.controlsDisabled];
      const t = guard(deps, () => this.node([k], c, obj[k], { required: i.required.has(k), level: isLeaf(w) ? 4 : 3 }));
      if (isLeaf(w)) loose.push(t);
      else {
        flush();
        out.push(t);
      }
    }
    flush();
    return out;
  }

  // ---- Messages ----

  private label(s: JsonSchema, o: NodeOpts): string {
    return o.label ?? labelOf(s, this.h.language);
  }

  private optionalMark(o: NodeOpts, s?: JsonSchema) {
    if (o.required || o.inList || (s && !optionalInFull(s))) return nothing;
    return html` <span class="optional">${s?.['x-outline-optional'] ? this.h.t.ifAny : this.h.t.optional}</span>`;
  }

  private messages(id: string, v: VisibleIssues) {
    const t = this.h.t;
    return html`${v.errors.length
      ? html`<div class="error-message" id=${`${id}-error`} part="error">${v.errors.map((e) => html`<p><span class="vh">${t.errorPrefix} </span>${inlineIssue(e, this.h.language)}</p>`)}</div>`
      : nothing}${v.warnings.length
      ? html`<div class="warning-message" id=${`${id}-warning`} part="warning">${v.warnings.map((w) => html`<p><span class="vh">${t.warningPrefix} </span>${inlineIssue(w, this.h.language)}</p>`)}</div>`
      : nothing}`;
  }

  private describedBy(id: string, hint: boolean, v: VisibleIssues, ...extra: (string | false | undefined)[]): string | undefined {
    const ids = [hint && `${id}-hint`, v.errors.length && `${id}-error`, v.warnings.length && `${id}-warning`, ...extra].filter(Boolean);
    return ids.length ? ids.join(' ') : undefined;
  }

  private hint(id: string, text: string | undefined) {
    return text ? html`<p class="hint" id=${`${id}-hint`} part="hint">${text}</p>` : nothing;
  }

  // ---- Leaves ----

  private input(path: Path, s: JsonSchema, value: unknown, w: Widget, o: NodeOpts) {
    const h = this.h;
    const id = fieldId(path);
    const ptr = toPointer(path);
    const v = h.visible(ptr);
    const label = this.label(s, o);
    let hint = hintOf(s, h.language);
    if (w === 'date') hint = hint ? `${hint}. ${h.t.dateHint}` : h.t.dateHint;
    if (w === 'time') hint = hint ? `${hint}. ${h.t.timeHint}` : h.t.timeHint;
    const unit = isNumeric(w) && w !== 'year' && !o.noUnit ? unitOf(s, h.language) : undefined;
    const typed = h.typed(ptr);
    let display: string;
    if (typed !== undefined) display = typed;
    else if (isNumeric(w)) display = typeof value === 'number' ? formatNumber(value, h.language, { ...TYPED_FIGURE, grouping: w !== 'year' }) : typeof value === 'string' ? value : '';
    else if (w === 'date') display = formatDate(value);
    else display = typeof value === 'string' ? value : value === undefined || value === null ? '' : String(value);
    const max = typeof s['maxLength'] === 'number' ? (s['maxLength'] as number) : undefined;
    const count = (w === 'text' || w === 'textarea') && max ? this.counter(id, display, max, w === 'textarea' && max <= 5000) : undefined;
    const describedBy = this.describedBy(id, Boolean(hint) && !o.bare, v, o.describedBy, unit && `${id}-unit`, count && `${id}-count`);
    const invalid = v.errors.length ? 'true' : undefined;
    const onInput = (e: Event) => {
      const target = e.target as HTMLInputElement;
      h.onInput(path, w, target.value, Boolean(o.inList));
      if (w === 'textarea') grow(e.target as HTMLTextAreaElement);
    };
    const onBlur = () => h.onBlur(path);
    const size = w === 'year' ? 'w-4' : w === 'date' ? 'w-10' : w === 'time' ? 'w-5' : isNumeric(w) ? 'w-12' : max && max <= 60 ? 'w-20' : 'w-full';
    const control = w === 'textarea'
      ? html`<textarea id=${id} class="input textarea" part="input textarea" rows="4" .value=${live(display)}
          aria-describedby=${ifDefined(describedBy)} aria-invalid=${ifDefined(invalid)} aria-required=${ifDefined(o.required && !o.inList ? 'true' : undefined)} ?disabled=${h.controlsDisabled}
          @input=${onInput} @blur=${onBlur}></textarea>`
      : html`<input id=${id} class="input ${size}" part="input" type="text" .value=${live(display)}
          inputmode=${ifDefined(isNumeric(w) ? (info(s).integer ? 'numeric' : 'decimal') : w === 'date' || w === 'time' ? 'numeric' : undefined)}
          autocomplete="off" spellcheck=${w === 'text' ? 'true' : 'false'}
          aria-describedby=${ifDefined(describedBy)} aria-invalid=${ifDefined(invalid)} aria-required=${ifDefined(o.required && !o.inList ? 'true' : undefined)} ?disabled=${h.controlsDisabled}
          @input=${onInput} @blur=${onBlur} @change=${onBlur}>`;
    const beside = unit
      ? html`<div class="beside">${control}<span class="unit" id=${`${id}-unit`}>${unit}</span></div>`
      : w === 'date' ? html`<div class="beside">${control}${this.calendar(path, label, value, Boolean(o.inList))}</div>` : control;
    return html`<div class="field ${v.errors.length ? 'has-error' : ''}" part="field">
      ${o.bare ? nothing : html`<label class="label" for=${id} part="label">${label}${this.optionalMark(o)}</label>`}
      ${o.bare ? nothing : this.hint(id, hint)}
      ${this.messages(id, v)}
      ${beside}
      ${count ?? nothing}
    </div>`;
  }

  /**
   * A calendar beside a typed date: the browser's own date picker, opened from a button; the
   * day picked is written into the text field as dd/mm/yyyy, as if typed. Typing stays the
   * way for the keyboard (the picker's input is out of the tab order and hidden from
   * assistive technology, the button is not).
   */
  private calendar(path: Path, label: string, value: unknown, inList: boolean) {
    const h = this.h;
    const iso = typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : '';
    const typedField = (el: Element) => el.parentElement?.querySelector<HTMLInputElement>('input.input');
    const open = (e: Event) => {
      const button = e.currentTarget as HTMLElement;
      try {
        (button.nextElementSibling as HTMLInputElement).showPicker();
      } catch {
        // No picker here (an old browser, no user gesture): typing is the way.
        typedField(button)?.focus();
      }
    };
    const picked = (e: Event) => {
      const input = e.target as HTMLInputElement;
      if (!input.value) return;
      h.onInput(path, 'date', formatDate(input.value), inList);
      h.onBlur(path);
      typedField(input)?.focus();
    };
    const name = interpolate(h.t.pickDate, { label });
    return html`<button type="button" class="icon-button calendar" id=${`${fieldId(path)}-calendar`} part="button"
        aria-label=${name} title=${name}
        ?disabled=${h.controlsDisabled} @click=${open}>${CALENDAR_ICON}</button><input type="date" class="calendar-input"
        tabindex="-1" aria-hidden="true" .value=${live(iso)} ?disabled=${h.controlsDisabled} @change=${picked}>`;
  }

  private counter(id: string, text: string, max: number, always: boolean) {
    const n = textLength(text);
    if (!always && n < max * 0.8) return undefined;
    const t = this.h.t;
    const over = n > max;
    const lang = this.h.language;
    const msg = over ? interpolate(t.charsOver, { n: formatNumber(n - max, lang, TYPED_FIGURE) }) : always ? interpolate(t.charsCount, { n: formatNumber(n, lang, TYPED_FIGURE), max: formatNumber(max, lang, TYPED_FIGURE) }) : interpolate(t.charsLeft, { n: formatNumber(max - n, lang, TYPED_FIGURE) });
    return html`<p class="counter ${over ? 'over' : ''}" id=${`${id}-count`} part="counter">${msg}</p>`;
  }

  private select(path: Path, s: JsonSchema, value: unknown, o: NodeOpts) {
    const h = this.h;
    const id = fieldId(path);
    const v = h.visible(toPointer(path));
    const hint = hintOf(s, h.language);
    return html`<div class="field ${v.errors.length ? 'has-error' : ''}" part="field">
      <label class="label" for=${id} part="label">${this.label(s, o)}${this.optionalMark(o)}</label>
      ${this.hint(id, hint)}
      ${this.messages(id, v)}
      <select id=${id} class="input select" part="input select" aria-describedby=${ifDefined(this.describedBy(id, Boolean(hint), v))}
        aria-invalid=${ifDefined(v.errors.length ? 'true' : undefined)} ?disabled=${h.controlsDisabled}
        @change=${(e: Event) => h.onChoose(path, (e.target as HTMLSelectElement).value || undefined)} @blur=${() => h.onBlur(path)}>
        <option value="" ?selected=${value === undefined || value === ''}>${h.t.chooseOne}</option>
        ${applicableOptions(s, o.siblings, enumOptions(s, h.language), (x) => x === value).map((opt) => html`<option value=${opt.value} ?selected=${opt.value === value}>${opt.label}</option>`)}
        ${typeof value === 'string' && value && !(s['enum'] as unknown[]).includes(value) ? html`<option value=${value} selected>${value}</option>` : nothing}
      </select>
    </div>`;
  }

  /** A fieldset of radios or checkboxes; the first control carries the field's id. */
  private choiceGroup(path: Path, s: JsonSchema, o: NodeOpts, body: (id: string) => unknown, inline: boolean) {
    const h = this.h;
    const id = fieldId(path);
    const v = h.visible(toPointer(path));
    const hint = hintOf(s, h.language);
    return html`<fieldset class="field choice ${v.errors.length ? 'has-error' : ''}" part="field" id=${`${id}-group`}
        aria-describedby=${ifDefined(this.describedBy(id, Boolean(hint), v))}>
      <legend class="label" part="label">${this.label(s, o)}${this.optionalMark(o)}</legend>
      ${this.hint(id, hint)}
      ${this.messages(id, v)}
      <div class="options ${inline ? 'inline' : ''}">${body(id)}</div>
    </fieldset>`;
  }

  private radios(path: Path, s: JsonSchema, value: unknown, o: NodeOpts) {
    const h = this.h;
    const opts = applicableOptions(s, o.siblings, enumOptions(s, h.language), (x) => x === value);
    if (!o.required) opts.push({ value: '', label: h.t.noChoice });
    const inline = opts.length <= 3 && opts.every((x) => x.label.length <= 16);
    const invalid = h.visible(toPointer(path)).errors.length ? 'true' : undefined;
    return this.choiceGroup(path, s, o, (id) => opts.map((opt, n) => {
      const oid = n === 0 ? id : `${id}-${n}`;
      const checked = opt.value === '' ? value === undefined || value === '' : opt.value === value;
      return html`<div class="option">
        <input type="radio" id=${oid} name=${id} class="radio" part="radio" .value=${opt.value} .checked=${live(checked)}
          aria-invalid=${ifDefined(invalid)} ?disabled=${h.controlsDisabled}
          @change=${() => h.onChoose(path, opt.value || undefined)} @blur=${() => h.onBlur(path)}>
        <label for=${oid}>${opt.label}</label>
      </div>`;
    }), inline);
  }

  private checkbox(path: Path, s: JsonSchema, value: unknown, o: NodeOpts) {
    const h = this.h;
    const id = fieldId(path);
    const v = h.visible(toPointer(path));
    const hint = hintOf(s, h.language);
    return html`<div class="field ${v.errors.length ? 'has-error' : ''}" part="field">
      ${this.messages(id, v)}
      <div class="option">
        <input type="checkbox" id=${id} class="checkbox" part="checkbox" .checked=${live(value === true)}
          aria-describedby=${ifDefined(this.describedBy(id, Boolean(hint), v))} ?disabled=${h.controlsDisabled}
          @change=${(e: Event) => h.onChoose(path, (e.target as HTMLInputElement).checked)}>
        <label for=${id} part="label">${this.label(s, o)}</label>
      </div>
      ${this.hint(id, hint)}
    </div>`;
  }

  private checkboxes(path: Path, s: JsonSchema, value: unknown, o: NodeOpts) {
    const h = this.h;
    const it = s['items'] as JsonSchema;
    const chosen = new Set(Array.isArray(value) ? (value as unknown[]) : []);
    const invalid = h.visible(toPointer(path)).errors.length ? 'true' : undefined;
    const opts = applicableOptions(s, o.siblings, enumOptions(it, h.language), (x) => chosen.has(x));
    if (!opts.length) return this.choiceGroup(path, s, o, (id) => this.waiting(id, s, o), false);
    return this.choiceGroup(path, s, o, (id) => opts.map((opt, n) => {
      const oid = n === 0 ? id : `${id}-${n}`;
      return html`<div class="option">
        <input type="checkbox" id=${oid} class="checkbox" part="checkbox" .checked=${live(chosen.has(opt.value))}
          aria-invalid=${ifDefined(invalid)} ?disabled=${h.controlsDisabled}
          @change=${(e: Event) => h.onCheck(path, s, opt.value, (e.target as HTMLInputElement).checked)}>
        <label for=${oid}>${opt.label}</label>
      </div>`;
    }), false);
  }

  /** In place of options that wait on an earlier choice: which one to make first. */
  private waiting(id: string, s: JsonSchema, o: NodeOpts) {
    const h = this.h;
    const first = waitingOn(s, o.siblings).map((k) => `«${labelOf(o.within && childSchema(o.within, k, o.siblings), h.language)}»`);
    return html`<p class="hint" id=${id} tabindex="-1">${interpolate(h.t.chooseFirst, { fields: first.join(', ') })}</p>`;
  }

  // ---- Groups ----

  private legend(s: JsonSchema, o: NodeOpts, id: string) {
    return html`<legend class="legend" part="legend">${heading(o.level, html`${this.label(s, o)}${this.optionalMark(o, s)}`, 'heading', `${id}-legend`)}</legend>`;
  }

  private group(path: Path, s: JsonSchema, value: unknown, o: NodeOpts) {
    const h = this.h;
    const id = fieldId(path);
    const v = h.visible(toPointer(path));
    const hint = hintOf(s, h.language);
    const isTop = path.length <= 1;
    // A top-level group scrolled far from the view keeps only its heading, and the height it
    // had (the drawing controller).
    const name = isTop ? String(path[0]) : undefined;
    const waiting = name !== undefined && h.isPartWaiting(name);
    const height = waiting ? h.waitingHeight(name) : undefined;
    return html`<fieldset class="group ${isTop ? 'part' : ''} ${!waiting && v.errors.length ? 'has-error' : ''}" part=${isTop ? 'group section' : 'group'} id=${id}
        data-height=${minHeight(height)}
        aria-describedby=${ifDefined(waiting ? undefined : this.describedBy(id, Boolean(hint), v))} ${ref(name === undefined ? undefined : h.partWatcher(name))}>
      ${this.legend(s, o, id)}
      ${waiting ? html`<div class="part-waiting"></div>` : html`
        ${this.hint(id, hint)}
        ${this.messages(id, v)}
        ${s['x-confirmation'] ? html`<p class="hint">${String(s['x-confirmation'])}</p>` : nothing}
        ${this.properties(path, s, value, next(o.level))}`}
    </fieldset>`;
  }

  /** A report's sections, nested and numbered as the plan's outline prints them. */
  private outline(path: Path, s: JsonSchema, value: unknown, o: NodeOpts) {
    const h = this.h;
    const id = fieldId(path);
    const obj = isObject(value) ? value : {};
    const i = info(s);
    const known = new Set(i.keys);
    const drawn = new Set<string>();
    const section = (node: OutlineNode, level: Level): unknown => {
      if (!known.has(node.id)) return nothing;
      drawn.add(node.id);
      const sp = [...path, node.id];
      const ss = childSchema(s, node.id, obj)!;
      const sv = obj[node.id];
      const sid = fieldId(sp);
      const textSchema = childSchema(ss, 'text', sv);
      const indSchema = childSchema(ss, 'indicators', sv);
      const sInfo = info(ss);
      const vis = h.visible(toPointer(sp));
      const hint = hintOf(ss, h.language);
      const textId = fieldId([...sp, 'text']);
      const title = labelOf(ss, h.language);
      const optional = !i.required.has(node.id) || (textSchema && !sInfo.required.has('text'));
      const marker = optional && textSchema && optionalInFull(ss) ? html` <span class="optional">${ss['x-outline-optional'] ? h.t.ifAny : h.t.optional}</span>` : nothing;
      return html`<section class="outline-section depth-${level}" part="section" id=${sid} aria-labelledby=${`${sid}-title`}>
        ${heading(level, textSchema ? html`<label for=${textId}>${title}</label>${marker}` : title, 'heading section-title', `${sid}-title`)}
        ${hint ? html`<p class="hint" id=${`${textId}-hint`} part="hint">${hint}</p>` : nothing}
        ${this.messages(sid, vis)}
        ${textSchema ? this.node([...sp, 'text'], textSchema, isObject(sv) ? sv['text'] : undefined, { required: true, level, bare: true, ...(hint ? { describedBy: `${textId}-hint` } : {}) }) : nothing}
        ${indSchema ? this.node([...sp, 'indicators'], indSchema, isObject(sv) ? sv['indicators'] : undefined, { required: sInfo.required.has('indicators'), level: next(level) }) : nothing}
        ${this.sectionFigures(sp, ss, sv, level)}
        ${node.children?.map((c) => section(c, next(level))) ?? nothing}
      </section>`;
    };
    const tree = h.outline.map((n) => section(n, next(o.level)));
    // Sections the outline does not list (should not happen) are still drawn, flat.
    const rest = i.keys.filter((k) => !drawn.has(k)).map((k) => this.node([...path, k], childSchema(s, k, obj)!, obj[k], { required: i.required.has(k), level: next(o.level) }));
    const v = h.visible(toPointer(path));
    return html`<div class="outline part" part="group section" id=${id} role="group" aria-labelledby=${`${id}-legend`}>
      ${heading(o.level, this.label(s, o), 'heading', `${id}-legend`)}
      ${this.messages(id, v)}
      ${tree}${rest}
    </div>`;
  }

  /** A section's "trên"/"gần" for its indicator values, then its figures with no indicator. */
  private sectionFigures(sp: Path, ss: JsonSchema, sv: unknown, level: Level) {
    const v = isObject(sv) ? sv : {};
    return ['qualifiers', 'figures'].map((k) => {
      const cs = childSchema(ss, k, v);
      return cs ? this.node([...sp, k], cs, v[k], { required: false, level: next(level) }) : nothing;
    });
  }

  // ---- Lists ----

  private rowTools(path: Path, index: number, count: number, rowId: string, listLegendId: string) {
    const h = this.h;
    const t = h.t;
    const n = index + 1;
    return html`<div class="row-tools">
      <button type="button" class="icon-button" id=${`${rowId}-up`} part="button" aria-label=${interpolate(t.moveUp, { n })} title=${interpolate(t.moveUp, { n })}
        aria-describedby=${listLegendId} ?disabled=${h.controlsDisabled || index === 0} @click=${() => h.moveItem(path, index, -1)}><span aria-hidden="true">↑</span></button>
      <button type="button" class="icon-button" id=${`${rowId}-down`} part="button" aria-label=${interpolate(t.moveDown, { n })} title=${interpolate(t.moveDown, { n })}
        aria-describedby=${listLegendId} ?disabled=${h.controlsDisabled || index === count - 1} @click=${() => h.moveItem(path, index, 1)}><span aria-hidden="true">↓</span></button>
      <button type="button" class="remove-button" id=${`${rowId}-remove`} part="button" aria-label=${interpolate(t.remove, { n })}
        aria-describedby=${listLegendId} ?disabled=${h.controlsDisabled} @click=${() => h.removeItem(path, index)}>${t.removeShort}</button>
    </div>`;
  }

  private addButton(path: Path, s: JsonSchema, value: unknown[], text: string) {
    const max = typeof s['maxItems'] === 'number' ? (s['maxItems'] as number) : Infinity;
    if (value.length >= max) return nothing;
    return html`<button type="button" class="add-button" id=${`${fieldId(path)}-add`} part="button button-secondary" ?disabled=${this.h.controlsDisabled}
      @click=${() => this.h.addItem(path, s)}><span aria-hidden="true">+ </span>${text}</button>`;
  }

  private listShell(path: Path, s: JsonSchema, o: NodeOpts, cls: string, body: unknown, addText: string, value: unknown[]) {
    const h = this.h;
    const id = fieldId(path);
    const v = h.visible(toPointer(path));
    const hint = hintOf(s, h.language);
    return html`<fieldset class="group ${cls} ${v.errors.length ? 'has-error' : ''}" part="group" id=${id}
        aria-describedby=${ifDefined(this.describedBy(id, Boolean(hint), v))}>
      ${this.legend(s, o, id)}
      ${this.hint(id, hint)}
      ${this.messages(id, v)}
      ${body}
      ${this.addButton(path, s, value, addText)}
    </fieldset>`;
  }

  private addText(s: JsonSchema): string {
    const it = s['items'] as JsonSchema;
    const l = labelOf(it, this.h.language);
    return interpolate(this.h.t.add, { label: this.h.language === 'vi' ? lowerFirst(l) : l.toLowerCase() });
  }

  private list(path: Path, s: JsonSchema, value: unknown, o: NodeOpts) {
    const h = this.h;
    const arr = Array.isArray(value) ? value : [];
    const it = s['items'] as JsonSchema;
    const legendId = `${fieldId(path)}-legend`;
    const itemLabel = labelOf(it, h.language);
    const body = html`<ol class="list-rows">${arr.map((x, n) => {
      const ip = [...path, n];
      return html`<li class="list-row">
        ${this.node(ip, it, x, { required: true, level: o.level, inList: true, label: `${itemLabel} ${n + 1}` })}
        ${this.rowTools(path, n, arr.length, fieldId(ip), legendId)}
      </li>`;
    })}</ol>`;
    return this.listShell(path, s, o, 'list', body, this.addText(s), arr);
  }

  /** Rows of small groups (a year series, past awards) as a table; stacked on narrow screens. */
  private table(path: Path, s: JsonSchema, value: unknown, o: NodeOpts) {
    const h = this.h;
    const arr = Array.isArray(value) ? value : [];
    const it = s['items'] as JsonSchema;
    const ii = info(it);
    const legendId = `${fieldId(path)}-legend`;
    const cols = ii.keys.map((k) => {
      const cs = childSchema(it, k, {})!;
      const unit = unitOf(cs, h.language);
      const w = info(cs).widget;
      return { k, cs, label: labelOf(cs, h.language) + (unit && w !== 'year' ? ` (${unit})` : '') };
    });
    const body = arr.length
      ? html`<div class="table-wrap"><table class="table" part="table">
        <thead><tr><th scope="col" class="num-col">#</th>${cols.map((c) => html`<th scope="col">${c.label}</th>`)}<th scope="col"><span class="vh">${h.t.actions}</span></th></tr></thead>
        <tbody>${arr.map((row, n) => {
          const rp = [...path, n];
          const rowObj = isObject(row) ? row : {};
          return html`<tr>
            <td class="num-col">${n + 1}</td>
            ${cols.map((c) => html`<td data-label=${c.label}>${this.node([...rp, c.k], c.cs, rowObj[c.k], {
              required: ii.required.has(c.k), level: o.level, label: `${c.label}, ${interpolate(h.t.row, { n: n + 1 })}`, noUnit: true,
            })}</td>`)}
            <td class="tools-col">${this.rowTools(path, n, arr.length, fieldId(rp), legendId)}</td>
          </tr>`;
        })}</tbody>
      </table></div>`
      : nothing;
    return this.listShell(path, s, o, 'table-group', body, h.t.addRow, arr);
  }

  private repeatGroups(path: Path, s: JsonSchema, value: unknown, o: NodeOpts) {
    const h = this.h;
    const arr = Array.isArray(value) ? value : [];
    const it = s['items'] as JsonSchema;
    const legendId = `${fieldId(path)}-legend`;
    const itemLabel = labelOf(it, h.language);
    const body = html`${arr.map((x, n) => {
      const ip = [...path, n];
      return html`<div class="repeat-item">
        ${this.group(ip, it, x, { required: true, level: next(o.level), label: `${itemLabel} ${n + 1}` })}
        ${this.rowTools(path, n, arr.length, fieldId(ip), legendId)}
      </div>`;
    })}`;
    return this.listShell(path, s, o, 'repeat', body, this.addText(s), arr);
  }

  /** Nominees: one collapsible card each; only open cards draw their fields. */
  private cards(path: Path, s: JsonSchema, value: unknown, o: NodeOpts) {
    const h = this.h;
    const t = h.t;
    const arr = Array.isArray(value) ? value : [];
    const it = s['items'] as JsonSchema;
    const ptr = toPointer(path);
    const keys = h.keysOf(ptr, arr.length);
    const id = fieldId(path);
    const legendId = `${id}-legend`;
    const options = variantOptions(it, h.language);
    const tagKey = discriminatorOf(it);
    const body = html`
      ${arr.length > 1 ? html`<div class="card-tools">
        <button type="button" class="link-button" part="button" @click=${() => h.setExpanded(path, true)}>${t.expandAll}</button>
        <button type="button" class="link-button" part="button" @click=${() => h.setExpanded(path, false)}>${t.collapseAll}</button>
      </div>` : nothing}
      <ol class="cards">${arr.map((x, n) => {
        const key = keys[n]!;
        const open = h.isExpanded(key);
        const c = h.itemIssues(`${ptr}/${n}`);
        // A card depends only on these: a 300-nominee dossier redraws one card per keystroke,
        // even with every card open.
        const deps = [x, n, arr.length, key, open, c?.errors, c?.warnings, h.language, h.controlsDisabled,
          ...(open ? [h.uiVersion, h.itemSignature(`${ptr}/${n}`), h.isWaiting(key)] : [])];
        return guard(deps, () => this.card(path, it, x, n, arr.length, key, open, c, options, tagKey, legendId, o.level));
      })}</ol>`;
    return this.listShell(path, s, o, 'cards-group', body, t.addNominee, arr);
  }

  private card(path: Path, it: JsonSchema, x: unknown, n: number, count: number, key: number, open: boolean, c: { errors: number; warnings: number } | undefined,
    options: { tag: string; label: string }[], tagKey: string, legendId: string, level: Level) {
        const h = this.h;
        const t = h.t;
        const ip = [...path, n];
        const iid = fieldId(ip);
        const typeLabel = options.find((opt) => isObject(x) && opt.tag === x[tagKey])?.label ?? '';
        const name = entryName(x) || t.untitled;
        // Watched while drawn open: far from the view it goes back to waiting, at the height it had
        // (the drawing controller).
        const waiting = open && h.isWaiting(key);
        const height = waiting ? h.waitingHeight(key) : undefined;
        return html`<li class="card ${open ? 'open' : ''} ${c?.errors ? 'has-error' : ''}" part="nominee"
            data-height=${minHeight(height)} ${ref(open && !waiting ? h.drawnCardWatcher(key) : undefined)}>
          <div class="card-head">
            ${heading(next(level), html`<button type="button" class="card-toggle" id=${`${iid}-toggle`} part="nominee-summary"
                aria-expanded=${open ? 'true' : 'false'} aria-controls=${`${iid}-panel`} @click=${() => h.toggleItem(path, key)}>
              <span class="chevron" aria-hidden="true"></span>
              <span class="card-num">${n + 1}.</span>
              ${typeLabel ? html`<span class="card-type">${typeLabel}</span>` : nothing}
              <bdi class="card-name">${name}</bdi>
              ${c?.errors ? html`<span class="badge error-badge">${interpolate(t.errorCount, { n: c.errors })}</span>` : nothing}
              ${c?.warnings ? html`<span class="badge warning-badge">${interpolate(t.warningCount, { n: c.warnings })}</span>` : nothing}
            </button>`, 'card-heading')}
            ${this.rowTools(path, n, count, iid, legendId)}
          </div>
          <div class="card-body" id=${`${iid}-panel`} ?hidden=${!open}>
            ${!open ? nothing : waiting
              ? html`<div class="card-waiting ${height === undefined ? '' : 'drawn-before'}" ${ref(h.cardWatcher(key))}></div>`
              : this.variant(ip, it, x, { required: true, level: next(next(level)) })}
          </div>
        </li>`;
  }

  /** A tagged union's value: the tag as a radio group, then the chosen branch's fields. */
  private variant(path: Path, s: JsonSchema, value: unknown, o: NodeOpts) {
    const h = this.h;
    const tagKey = discriminatorOf(s);
    const branch = variantFor(s, value);
    const tp = [...path, tagKey];
    const tid = fieldId(tp);
    const v = h.visible(toPointer(tp));
    const opts = variantOptions(s, h.language);
    const tagSchema = (branch ?? (s['oneOf'] as JsonSchema[])[0]!)['properties'] as Record<string, JsonSchema>;
    const tagLabel = labelOf(tagSchema[tagKey], h.language);
    const current = isObject(value) ? value[tagKey] : undefined;
    const vAll = h.visible(toPointer(path));
    return html`<div class="variant" id=${fieldId(path)}>
      ${this.messages(fieldId(path), vAll)}
      <fieldset class="field choice ${v.errors.length ? 'has-error' : ''}" part="field" id=${`${tid}-group`}
          aria-describedby=${ifDefined(this.describedBy(tid, false, v))}>
        <legend class="label" part="label">${tagLabel}</legend>
        ${this.messages(tid, v)}
        <div class="options inline">${opts.map((opt, n) => {
          const oid = n === 0 ? tid : `${tid}-${n}`;
          return html`<div class="option">
            <input type="radio" class="radio" part="radio" id=${oid} name=${tid} .value=${opt.tag} .checked=${live(current === opt.tag)}
              aria-invalid=${ifDefined(v.errors.length ? 'true' : undefined)} ?disabled=${h.controlsDisabled}
              @change=${() => h.switchVariant(path, s, opt.tag)}>
            <label for=${oid}>${opt.label}</label>
          </div>`;
        })}</div>
      </fieldset>
      ${branch ? this.properties(path, branch, value, o.level, tagKey) : nothing}
    </div>`;
  }
}
