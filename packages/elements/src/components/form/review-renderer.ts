// The review step ("Kiểm tra lại"): every answer, read-only, in form order, each with a
// "Sửa" button that goes back to its field (where "Quay lại phần xem lại" returns here).

import { formatDate, formatNumber, type OutlineNode } from '@thidua/core';
import { html, nothing, type TemplateResult } from 'lit';
import { applies } from '../../internal/applicability.js';
import { TYPED_FIGURE } from '../../internal/number-format.js';
import {
  childSchema, discriminatorOf, enumLabel, info, isLeaf, isNumeric, labelOf, unitOf, variantFor, variantOptions,
  type JsonSchema,
} from '../../internal/schema-model.js';
import { fieldId, isObject, type Path } from '../../internal/value-path.js';
import { entryName, heading } from './field-renderer.js';
import type { FormModel } from './form-model.js';

type Level = 3 | 4 | 5 | 6;
const next = (l: Level): Level => (l < 6 ? ((l + 1) as Level) : 6);

export class ReviewRenderer {
  constructor(private readonly h: FormModel) {}

  /** The answers of the whole document, one section per top-level part. */
  answers(): unknown {
    const { schema } = this.h.chunk;
    return this.children([], schema, this.h.value, 3);
  }

  private children(path: Path, s: JsonSchema, value: unknown, level: Level, skip?: string): unknown[] {
    const i = info(s);
    const obj = isObject(value) ? value : {};
    const out: unknown[] = [];
    let rows: unknown[] = [];
    const flush = () => {
      if (rows.length) {
        const dl = html`<dl class="answers">${rows}</dl>`;
        // The document's loose questions (đợt, hình thức) sit under "Thông tin chung", as in the form.
        out.push(path.length ? dl : html`<section class="review-group">${heading(level, this.h.t.general)}${dl}</section>`);
      }
      rows = [];
    };
    for (const k of i.keys) {
      if (k === skip) continue;
      const c = childSchema(s, k, obj)!;
      const w = info(c).widget;
      if (w === 'hidden' || (obj[k] === undefined && !applies(c, obj))) continue;
      const p = [...path, k];
      if (isLeaf(w) || w === 'list') rows.push(this.row(p, labelOf(c, this.h.language), this.leaf(c, obj[k])));
      else if (w === 'table') rows.push(this.row(p, labelOf(c, this.h.language), this.tableValue(c, obj[k])));
      else {
        flush();
        out.push(this.block(p, c, obj[k], level));
      }
    }
    flush();
    return out;
  }

  private row(path: Path, label: string, value: unknown): TemplateResult {
    const t = this.h.t;
    return html`<div class="answer">
      <dt>${label}</dt>
      <dd class="answer-value">${value}</dd>
      <dd class="answer-edit"><button type="button" class="link-button" id=${`${fieldId(path)}-review`} part="button" @click=${() => this.h.editAt(path)}>${t.edit}<span class="vh"> ${label}</span></button></dd>
    </div>`;
  }

  private block(path: Path, s: JsonSchema, value: unknown, level: Level): unknown {
    const h = this.h;
    const w = info(s).widget;
    const label = labelOf(s, h.language);
    if (w === 'cards' || w === 'repeat') {
      const arr = Array.isArray(value) ? value : [];
      const it = s['items'] as JsonSchema;
      const opts = w === 'cards' ? variantOptions(it, h.language) : [];
      const tagKey = w === 'cards' ? discriminatorOf(it) : '';
      return html`<section class="review-group">
        ${heading(level, label)}
        ${arr.length ? nothing : html`<p>${h.t.noAnswer}</p>`}
        ${arr.map((x, n) => {
          const title = w === 'cards'
            ? html`${n + 1}. ${opts.find((o) => isObject(x) && o.tag === x[tagKey])?.label ?? ''} — <bdi>${entryName(x) || h.t.untitled}</bdi>`
            : `${labelOf(it, h.language)} ${n + 1}`;
          return html`<section class="review-group nested">${heading(next(level), title)}${this.children([...path, n], w === 'cards' ? (variantFor(it, x) ?? it) : it, x, next(next(level)))}</section>`;
        })}
      </section>`;
    }
    if (w === 'variant') {
      const b = variantFor(s, value);
      return b ? this.children(path, b, value, level) : nothing;
    }
    if (w === 'outline') {
      const obj = isObject(value) ? value : {};
      const section = (node: OutlineNode, lv: Level): unknown => {
        const ss = childSchema(s, node.id, obj);
        if (!ss) return nothing;
        const sv = isObject(obj[node.id]) ? (obj[node.id] as Record<string, unknown>) : {};
        const text = childSchema(ss, 'text', sv);
        const ind = childSchema(ss, 'indicators', sv);
        const sp = [...path, node.id];
        return html`<section class="review-group nested">
          ${heading(lv, labelOf(ss, h.language))}
          ${text && (node.children?.length ? typeof sv['text'] === 'string' && sv['text'].trim() : true)
            ? html`<dl class="answers">${this.row([...sp, 'text'], h.t.sectionText, this.leaf(text, sv['text']))}</dl>`
            : nothing}
          ${ind ? this.children([...sp, 'indicators'], ind, sv['indicators'], next(lv)) : nothing}
          ${node.children?.map((c) => section(c, next(lv))) ?? nothing}
        </section>`;
      };
      return html`<section class="review-group">${heading(level, label)}${h.outline.map((n) => section(n, next(level)))}</section>`;
    }
    return html`<section class="review-group ${path.length > 1 ? 'nested' : ''}">
      ${heading(level, label)}
      ${this.children(path, s, value, next(level))}
    </section>`;
  }

  private leaf(s: JsonSchema, v: unknown): unknown {
    const h = this.h;
    const none = html`<span class="no-answer">${h.t.noAnswer}</span>`;
    const w = info(s).widget;
    if (v === undefined || v === null || v === '' || (Array.isArray(v) && !v.length)) return w === 'checkbox' ? h.t.no : none;
    if (isNumeric(w) && typeof v === 'number') {
      const unit = w !== 'year' ? unitOf(s, h.language) : undefined;
      return `${formatNumber(v, h.language, { ...TYPED_FIGURE, grouping: w !== 'year' })}${unit ? (unit === '%' ? '%' : ` ${unit}`) : ''}`;
    }
    switch (w) {
      case 'date': return formatDate(v);
      case 'radio': case 'select': return enumLabel(s, v, h.language);
      case 'checkbox': return v === true ? h.t.yes : h.t.no;
      case 'checkboxes': return html`<ul>${(v as unknown[]).map((x) => html`<li>${enumLabel(s['items'] as JsonSchema, x, h.language)}</li>`)}</ul>`;
      case 'list': return html`<ol>${(v as unknown[]).map((x) => html`<li><bdi>${String(x)}</bdi></li>`)}</ol>`;
      case 'textarea': return html`<bdi class="pre">${String(v)}</bdi>`;
      default: return html`<bdi>${String(v)}</bdi>`;
    }
  }

  private tableValue(s: JsonSchema, v: unknown): unknown {
    const h = this.h;
    const arr = Array.isArray(v) ? v : [];
    if (!arr.length) return html`<span class="no-answer">${h.t.noAnswer}</span>`;
    const it = s['items'] as JsonSchema;
    const keys = info(it).keys;
    return html`<table class="table compact">
      <thead><tr>${keys.map((k) => {
        const cs = childSchema(it, k, {})!;
        const unit = info(cs).widget !== 'year' ? unitOf(cs, h.language) : undefined;
        return html`<th scope="col">${labelOf(cs, h.language)}${unit ? ` (${unit})` : ''}</th>`;
      })}</tr></thead>
      <tbody>${arr.map((row) => html`<tr>${keys.map((k) => html`<td>${this.leaf(childSchema(it, k, row)!, isObject(row) ? row[k] : undefined)}</td>`)}</tr>`)}</tbody>
    </table>`;
  }
}

