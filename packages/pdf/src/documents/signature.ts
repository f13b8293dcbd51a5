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
    ...(s.authority ?? []).map((a) => p(upper(a), { size: SIZE.signer, align: 'center', lineHeight: 1.1 }, 'bold')),
    p(upper(s.title), { size: SIZE.signer, align: 'center', lineHeight: 1.1 }, 'bold'),
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

/** Two signature blocks side by side (Biên bản: THƯ KÝ | CHỦ TỌA; report confirmations). */
export function pairedSignatures(left: Block[], right: Block[]): Block {
  return {
    kind: 'group',
    keepTogether: true,
    blocks: [{ kind: 'space', height: 12 }, { kind: 'columns', columns: [{ width: 0.5, blocks: left }, { width: 0.5, blocks: right }] }],
  };
}

/** A confirmation block: its title, the note under it, room to sign, the name. */
export function confirmationBlocks(title: string, note: string, who?: { title?: string; fullName?: string; agency?: string }, field?: string): Block[] {
  return [
    p(upper(title), { size: SIZE.signer - 1, align: 'center', lineHeight: 1.1 }, 'bold'),
    ...(who?.agency ? [p(upper(who.agency), { size: SIZE.signer - 1, align: 'center', lineHeight: 1.1 }, 'bold')] : []),
    ...(who?.title ? [p(upper(who.title), { size: SIZE.signer - 1, align: 'center', lineHeight: 1.1 }, 'bold')] : []),
    p(note, { size: SIZE.note, align: 'center' }, 'italic'),
    signatureSpace(SIGNATURE_SPACE - 8, field),
    p(who?.fullName ?? '', { size: SIZE.signer - 1, align: 'center' }, 'bold'),
  ];
}
