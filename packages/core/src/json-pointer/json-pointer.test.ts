import { describe, expect, it } from 'vitest';
import { escapePointerToken, parsePointer, toPointer } from './json-pointer.js';

describe('JSON Pointer (RFC 6901)', () => {
  it('escapes "~" before "/", so "~1" in a key stays a tilde and a one', () => {
    expect(escapePointerToken('a/b')).toBe('a~1b');
    expect(escapePointerToken('m~n')).toBe('m~0n');
    expect(escapePointerToken('~1')).toBe('~01');
    expect(escapePointerToken(3)).toBe('3');
  });

  it('builds and parses the examples of RFC 6901 §5', () => {
    const doc: Record<string, string[]> = { '': [], '/foo': ['foo'], '/foo/0': ['foo', '0'], '/': [''], '/a~1b': ['a/b'], '/c%d': ['c%d'], '/m~0n': ['m~n'], '/ ': [' '] };
    for (const [pointer, tokens] of Object.entries(doc)) {
      expect(parsePointer(pointer), pointer).toEqual(tokens);
      expect(toPointer(tokens), pointer).toBe(pointer);
    }
  });

  it('round-trips any keys, including ones holding "~0", "~1" and "/"', () => {
    const path = ['~01', '/~', 'Họ và tên', '', '0'];
    expect(parsePointer(toPointer(path))).toEqual(path);
    expect(toPointer(['nominees', 0, 'name'])).toBe('/nominees/0/name');
  });
});
