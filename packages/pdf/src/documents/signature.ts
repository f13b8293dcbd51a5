import type { Signer } from '@thidua/core';
import type { Block, Paragraph } from '../layout/blocks.js';
import { p } from '../layout/blocks.js';
import { dashList, upper } from './format.js';
import { SIGNATURE_SPACE, SIZE } from './style.js';

/** Room to sign; with a field name, the signer's place a digital signature fills. */
const signatureSpace = (height: number, field: string | undefined): Block => ({ kind: 'space', height, ...(field ? { signatureField: field } : {}) });

/** Ô 7: authority lines and title bold upper case, room to sign and seal, then the full name bold. */
export function signerBlocks(s: Signer, note?: string, field?: string): Block[] {
  return [
    ...(s.authority ?? []).map((a) => p(upper(a), { size: SIZE.signer, align: 'center', lineHeight: 1.1, balanced: true }, 'bold')),
    p(upper(s.title), { size: SIZE.signer, align: 'center', lineHeight: 1.1, balanced: true }, 'bold'),
    ...(note ? [p(note, { size: SIZE.note, align: 'center' }, 'italic')] : []),
    signatureSpace(SIGNATURE_SPACE, field),
    p(s.fullName, { size: SIZE.signer, align: 'center' }, 'bold'),
  ];
}

/** Ô 9b: "Nơi nhận:" 12 bold italic, items 11 regular. */
export function recipientsBlocks(items: string[]): Paragraph[] {
  return [
    p('Nơi nhận:', { size: SIZE.recipientsLabel, align: 'left', lineHeight: 1.1 }, 'boldItalic'),
    ...dashList(items).map((t) => p(t, { size: SIZE.recipients, align: 'left', lineHeight: 1.05 })),
  ];
}

/** Nơi nhận left, signer right, kept together on one page (ô 7–9b). */
export function signatureArea(signer: Signer, recipients: string[] | undefined, field?: string): Block {
  return {
    kind: 'group',
    keepTogether: true,
    keepWithPrevious: true,
    blocks: [
      { kind: 'space', height: 10 },
      {
        kind: 'columns',
        columns: [
          { width: 0.45, blocks: recipients?.length ? recipientsBlocks(recipients) : [] },
          { width: 0.55, blocks: signerBlocks(signer, undefined, field) },
        ],
      },
    ],
  };
}

/** A signature block's titles and note (before the room to sign), and its name (after it). */
function splitAtSigningRoom(blocks: Block[]): { head: Block[]; room: Block | undefined; name: Block[] } {
  const k = blocks.map((b) => b.kind).lastIndexOf('space');
  return k < 0 ? { head: blocks, room: undefined, name: [] } : { head: blocks.slice(0, k), room: blocks[k], name: blocks.slice(k + 1) };
}

/**
 * Two signature blocks side by side (Biên bản: THƯ KÝ | CHỦ TỌA; report confirmations) as a
 * grid: titles start on one baseline, the room to sign is as tall on both sides below the
 * longer title, and the names share one baseline. It takes the end of what precedes it along.
 */
export function pairedSignatures(left: Block[], right: Block[]): Block {
  const l = splitAtSigningRoom(left);
  const r = splitAtSigningRoom(right);
  const room = Math.max(...[left, right].map((side) => side.reduce((h, b) => (b.kind === 'space' ? b.height : h), 0)));
  return {
    kind: 'group',
    keepTogether: true,
    keepWithPrevious: true,
    blocks: [
      { kind: 'space', height: 12 },
      { kind: 'columns', columns: [{ width: 0.5, blocks: l.head }, { width: 0.5, blocks: r.head }] },
      // Each side keeps its own room (and the signature field it may carry), as tall as the other's.
      { kind: 'columns', columns: [l, r].map((side) => ({ width: 0.5, blocks: [side.room ? { ...side.room, height: room } as Block : { kind: 'space', height: room } as Block] })) },
      { kind: 'columns', columns: [{ width: 0.5, blocks: l.name }, { width: 0.5, blocks: r.name }] },
      // A pair under this one starts well clear of these names, not 4 mm under them.
      { kind: 'space', height: 12 },
    ],
  };
}

/**
 * Signers for a unit with no seal: a thôn, tổ dân phố… is a community that manages itself,
 * not an administrative level (Thông tư 04/2012/TT-BNV, Điều 2), and a household is people.
 */
const NO_SEAL = /^(thôn|tổ dân phố|khu phố|ấp|bản|buôn|làng|xóm|hộ)(\s|$)/iu;

/** The note under a title: a seal is asked only of a unit that has one. */
function signingNote(note: string, agency: string | undefined): string {
  return agency && NO_SEAL.test(agency.trim()) && /đóng dấu/u.test(note) ? '(Ký, ghi rõ họ và tên)' : note;
}

const sameLine = (a: string, b: string) => upper(a).normalize('NFC').trim() === upper(b).normalize('NFC').trim();

/** A confirmation block: its title, the note under it, room to sign, the name. */
export function confirmationBlocks(title: string, note: string, who?: { title?: string; fullName?: string; agency?: string }, field?: string): Block[] {
  return [
    p(upper(title), { size: SIZE.signer - 1, align: 'center', lineHeight: 1.1, balanced: true }, 'bold'),
    // One line per role: a title the block's own title already says ("CHỦ HỘ") is not repeated.
    ...(who?.agency && !sameLine(who.agency, title) ? [p(upper(who.agency), { size: SIZE.signer - 1, align: 'center', lineHeight: 1.1, balanced: true }, 'bold')] : []),
    ...(who?.title && !sameLine(who.title, title) && !(who.agency && sameLine(who.title, who.agency)) ? [p(upper(who.title), { size: SIZE.signer - 1, align: 'center', lineHeight: 1.1, balanced: true }, 'bold')] : []),
    p(signingNote(note, who?.agency), { size: SIZE.note, align: 'center' }, 'italic'),
    signatureSpace(SIGNATURE_SPACE - 8, field),
    p(who?.fullName ?? '', { size: SIZE.signer - 1, align: 'center' }, 'bold'),
  ];
}
