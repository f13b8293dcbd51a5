// Every clause of a definition, each place of the plan's text it cites, and whether the text
// (source.txt) has that place.
import type { PlanDefinition } from '@thidua/core';
import { describeRef, parseClause, type CitationRef } from './citation-parse.js';
import { resolveRef } from './citation-resolve.js';
import { readSourceOutline, type SourceOutline } from './source-outline.js';

/** One place of the plan's text a clause cites, and whether source.txt has it. */
export interface CitationCheck {
  /** JSON Pointer of the clause in the definition ("/quotas/0/clause"). */
  pointer: string;
  /** The whole clause, as the definition writes it. */
  clause: string;
  /** The place as a citation writes it: "mục IV.1.c, gạch đầu dòng thứ 2". */
  place: string;
  /** The place as data. */
  ref: CitationRef;
  /** Lines of the place in source.txt (first and last, with everything under it), when found. */
  line?: number;
  /** Last line of the place and of everything under it. */
  endLine?: number;
  /** Whether source.txt has the place. */
  found: boolean;
  /** Why it was not found, when not, in Vietnamese and in English. */
  why?: string;
  /** The same in English. */
  whyEn?: string;
}

/** Where a definition keeps citations: every `clause`, and the outline's `source`. */
export function* clausesOf(definition: unknown, at = ''): Generator<{ pointer: string; clause: string }> {
  if (Array.isArray(definition)) {
    for (let i = 0; i < definition.length; i++) yield* clausesOf(definition[i], `${at}/${i}`);
  } else if (definition && typeof definition === 'object') {
    for (const [k, v] of Object.entries(definition)) {
      const pointer = `${at}/${k.replace(/~/g, '~0').replace(/\//g, '~1')}`;
      if (typeof v === 'string' && (k === 'clause' || (k === 'source' && at === '/outline'))) yield { pointer, clause: v };
      else yield* clausesOf(v, pointer);
    }
  }
}

/** The numbers this plan is known by, so that "Kế hoạch 148/KH-UBND" is told from another plan. */
function planNumbers(p: PlanDefinition): string[] {
  const out: string[] = [];
  const doc = p.document;
  if (doc?.number && doc.symbol) out.push(`${doc.number.trim()}/${doc.symbol.trim()}`);
  if (doc?.issuedWith?.number) out.push(doc.issuedWith.number.replace(/\s+/g, ''));
  return out;
}

/** Checks every citation of the plan's own text in a definition against that text. */
export function checkCitations(definition: PlanDefinition, sourceText: string | SourceOutline): CitationCheck[] {
  const outline = typeof sourceText === 'string' ? readSourceOutline(sourceText) : sourceText;
  const numbers = planNumbers(definition);
  const out: CitationCheck[] = [];
  for (const { pointer, clause } of clausesOf(definition)) {
    for (const ref of parseClause(clause, { numbers })) {
      const r = resolveRef(outline, ref);
      out.push({ pointer, clause, place: describeRef(ref), ref, found: r.found, ...(r.found ? { line: r.line, endLine: r.endLine } : { why: r.why, whyEn: r.whyEn }) });
    }
  }
  return out;
}
