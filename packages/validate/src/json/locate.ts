import { escapePointerToken } from '@thidua/core/json-pointer';
import { createScanner, visit } from 'jsonc-parser';
import { duplicateKey, loneSurrogate, type JsonTextError, type LineColumn } from './json-text-error.js';

// jsonc-parser's SyntaxKind is a const enum, which isolated modules cannot read: its values.
const OPEN_BRACE = 1, CLOSE_BRACE = 2, OPEN_BRACKET = 3, CLOSE_BRACKET = 4, COMMA = 5, COLON = 6, STRING = 10, EOF = 17;

type Frame = { keys: Set<string>; key: string; expectKey: boolean } | { index: number };

const LONE_SURROGATE = /\p{Cs}/u;

/** The pointer of the innermost member or item; past 500 characters it is only shown cut, so it stops there. */
function pointerOf(stack: Frame[]): string {
  let p = '';
  for (let i = 0; i < stack.length && p.length <= 500; i++) {
    const f = stack[i]!;
    p += '/' + ('keys' in f ? escapePointerToken(f.key) : String(f.index));
  }
  return p;
}

/**
 * The first repeated key or lone surrogate of a text JSON.parse accepted, in text order, with
 * its JSON Pointer and line and column; undefined if there is none. Token by token with an
 * explicit stack: however deep the text nests, no recursion.
 */
export function locateRefusal(text: string): JsonTextError | undefined {
  const scanner = createScanner(text, true);
  const stack: Frame[] = [];
  for (let t = scanner.scan(); t !== EOF; t = scanner.scan()) {
    const top = stack[stack.length - 1];
    if (t === OPEN_BRACE) stack.push({ keys: new Set(), key: '', expectKey: true });
    else if (t === OPEN_BRACKET) stack.push({ index: 0 });
    else if (t === CLOSE_BRACE || t === CLOSE_BRACKET) stack.pop();
    else if (t === COMMA && top) {
      if ('keys' in top) top.expectKey = true;
      else top.index++;
    } else if (t === COLON && top && 'keys' in top) top.expectKey = false;
    else if (t === STRING) {
      const s = scanner.getTokenValue();
      const inKey = !!top && 'keys' in top && top.expectKey;
      if (inKey) top.key = s;
      const bad = LONE_SURROGATE.exec(s);
      if (bad) return loneSurrogate(bad[0].charCodeAt(0), inKey, pointerOf(stack), lineColumn(text, scanner.getTokenOffset()));
      if (inKey) {
        if (top.keys.has(s)) return duplicateKey(s, pointerOf(stack), lineColumn(text, scanner.getTokenOffset()));
        top.keys.add(s);
      }
    }
  }
  return undefined;
}

/** Line and column of the first syntax error of a text JSON.parse refused, when it can be told. */
export function syntaxErrorAt(text: string): { line: number; column: number } | undefined {
  let offset: number | undefined;
  try {
    visit(text, { onError: (_code, at) => { offset ??= at; } }, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  } catch {
    // Its parser recurses: a text nested deeper than the stack goes without a position.
    return undefined;
  }
  return offset === undefined ? undefined : lineColumn(text, offset);
}

/** Line and column (from 1, columns in code points) of a character offset. */
export function lineColumn(text: string, offset: number): LineColumn {
  let line = 1;
  let start = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    start = i + 1;
  }
  return { line, column: [...text.slice(start, offset)].length + 1 };
}
