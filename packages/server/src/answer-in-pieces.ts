import { Readable } from 'node:stream';

/** The size of each piece: small enough that writing it holds the event loop well under a millisecond. */
export const ANSWER_PIECE_BYTES = 64 * 1024;

/**
 * Bytes as a stream that hands out one piece per turn of the event loop. Written in one go, a
 * 300-nominee PDF (about 2 MB) keeps the event loop in the socket write for up to 10 ms on
 * loopback, and every validation that arrived meanwhile waits; in pieces they are answered
 * between two of them.
 */
export function answerInPieces(bytes: Uint8Array, pieceBytes = ANSWER_PIECE_BYTES): Readable {
  let at = 0;
  return new Readable({
    highWaterMark: pieceBytes,
    read() {
      setImmediate(() => {
        const end = Math.min(bytes.length, at + pieceBytes);
        this.push(at < end ? bytes.subarray(at, end) : null);
        at = end;
      });
    },
  });
}
