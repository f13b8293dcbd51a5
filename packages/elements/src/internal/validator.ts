// One validation of the whole value per change, through the plan's precompiled validator and
// the shared engine (`runValidation`: NFC, input limits, legacy encodings, JSON Schema, plan
// rules), then indexed by where each issue is shown.

import type { DocumentKind, Lang, ValidationIssue, ValidationResult } from '@thidua/core';
import { runValidation } from '@thidua/validate/engine';
import type { PlanChunk } from './plan-loader.js';
import { anchorOf } from './schema-model.js';
import { parsePointer, toPointer } from './value-path.js';

export interface ItemCount {
  errors: number;
  warnings: number;
}

export interface IndexedResult {
  result: ValidationResult;
  /** Issues (errors, then warnings) by the pointer of the control or group that shows them. */
  at: Map<string, ValidationIssue[]>;
  /** Anchor pointer of each issue. */
  anchor: Map<ValidationIssue, string>;
  /** The collapsible entries (nominees) each issue lies in, by pointer. */
  items: Map<ValidationIssue, string[]>;
  /** Per top-level part (first path segment), a string that changes when its issues change. */
  partSignature: Map<string, string>;
  /** The same per collapsible entry (a nominee), by pointer: an open card is redrawn only when it changes. */
  itemSignature: Map<string, string>;
}

export function validateValue(chunk: PlanChunk, kind: DocumentKind, value: unknown, lang: Lang): IndexedResult {
  const result = runValidation(chunk.plan, kind, chunk.schema, chunk.validate, value, { lang });
  const at = new Map<string, ValidationIssue[]>();
  const anchor = new Map<ValidationIssue, string>();
  const itemsOf = new Map<ValidationIssue, string[]>();
  const partSignature = new Map<string, string>();
  const itemSignature = new Map<string, string>();
  const add = (issue: ValidationIssue) => {
    const items: string[] = [];
    const segs = anchorOf(chunk.schema, value, parsePointer(issue.path), (p) => items.push(toPointer(p)));
    const a = toPointer(segs);
    const part = String(segs[0] ?? '');
    const sig = `${a}\u0001${issue.code}\u0001${issue.message}\u0002`;
    partSignature.set(part, (partSignature.get(part) ?? '') + sig);
    for (const it of items) itemSignature.set(it, (itemSignature.get(it) ?? '') + sig);
    anchor.set(issue, a);
    let list = at.get(a);
    if (!list) at.set(a, (list = []));
    list.push(issue);
    if (items.length) itemsOf.set(issue, items);
  };
  for (const e of result.errors) add(e);
  for (const w of result.warnings) add(w);
  return { result, at, anchor, items: itemsOf, partSignature, itemSignature };
}

/**
 * Issue counts per collapsible entry, counting only issues the user can see: after a submit
 * attempt all of them, before it those at fields already touched.
 */
export function visibleItemCounts(v: IndexedResult, shown: (anchor: string) => boolean): Map<string, ItemCount> {
  const out = new Map<string, ItemCount>();
  for (const [issue, items] of v.items) {
    if (!shown(v.anchor.get(issue) ?? '')) continue;
    for (const it of items) {
      let c = out.get(it);
      if (!c) out.set(it, (c = { errors: 0, warnings: 0 }));
      if (issue.severity === 'warning') c.warnings++;
      else c.errors++;
    }
  }
  return out;
}
