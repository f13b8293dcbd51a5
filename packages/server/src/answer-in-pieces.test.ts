import { describe, expect, it } from 'vitest';
import { ANSWER_PIECE_BYTES, answerInPieces } from './answer-in-pieces.js';

async function read(bytes: Uint8Array, pieceBytes?: number) {
  // Counts the turns of the event loop while the stream is read.
  let turns = 0;
  let running = true;
  const spin = () => { turns++; if (running) setImmediate(spin); };
  setImmediate(spin);
  const pieces: { length: number; turn: number }[] = [];
  const chunks: Buffer[] = [];
  for await (const c of answerInPieces(bytes, pieceBytes)) {
    pieces.push({ length: c.length, turn: turns });
    chunks.push(Buffer.from(c));
  }
  running = false;
  return { pieces, bytes: Buffer.concat(chunks) };
}

describe('answerInPieces', () => {
  it('hands out the bytes unchanged, in pieces of at most ANSWER_PIECE_BYTES', async () => {
    const bytes = new Uint8Array(5 * ANSWER_PIECE_BYTES + 123).map((_, i) => (i * 7) & 0xff);
    const { pieces, bytes: out } = await read(bytes);
    expect(out.equals(Buffer.from(bytes))).toBe(true);
    expect(pieces.map((p) => p.length)).toEqual([...Array(5).fill(ANSWER_PIECE_BYTES), 123]);
  });

  it('lets the event loop turn between two pieces, where other requests are answered', async () => {
    const { pieces } = await read(new Uint8Array(8 * 1000), 1000);
    expect(pieces).toHaveLength(8);
    for (let i = 1; i < pieces.length; i++) expect(pieces[i]!.turn, `piece ${i}`).toBeGreaterThan(pieces[i - 1]!.turn);
  });

  it('ends at once on no bytes', async () => {
    const { pieces, bytes } = await read(new Uint8Array(0));
    expect(pieces).toEqual([]);
    expect(bytes.length).toBe(0);
  });
});
