import type { Block } from '../layout/blocks.js';
import { p } from '../layout/blocks.js';
import type { DraftNote } from './draft-shape.js';
import { SIZE } from './style.js';

/** Enough to see what to fix; the rest is counted. */
const SHOWN = 30;

/** At the top of a draft: each part that could not be printed, where it is and why. */
export function draftNotes(notes: DraftNote[]): Block[] {
  if (!notes.length) return [];
  const style = { size: SIZE.note, align: 'left' as const, lineHeight: 1.1, spaceAfter: 2 };
  const more = notes.length - SHOWN;
  return [
    p('Bản nháp có phần không in được (in là “…”):', style, 'boldItalic'),
    ...notes.slice(0, SHOWN).map((n) => p(`(không in được: ${n.where} — ${n.what})`, style, 'italic')),
    ...(more > 0 ? [p(`(và ${more} chỗ khác không in được)`, style, 'italic')] : []),
    { kind: 'space', height: 10 } as Block,
  ];
}
