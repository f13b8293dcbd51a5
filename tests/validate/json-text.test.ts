// parseJsonText, the one JSON reader of the server and the command line: exactly JSON.parse on
// what it accepts, and a refusal that names the place for invalid UTF-8, repeated keys and lone
// surrogates, at any depth, in time linear in the text.
import { JsonTextError, parseJsonText } from '@thidua/validate';
import { getExample } from '@thidua/plans';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

function refusal(input: string | Uint8Array): JsonTextError {
  try {
    parseJsonText(input);
  } catch (e) {
    if (e instanceof JsonTextError) return e;
    throw e;
  }
  throw new Error(`accepted: ${String(input).slice(0, 80)}`);
}

const bytes = (...parts: (string | number[])[]) => Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p) : Buffer.from(p))));

describe('what it accepts is what JSON.parse gives', () => {
  it('every plan example, as text and as UTF-8 bytes, with or without a byte-order mark', () => {
    for (const kind of ['report', 'nomination'] as const) {
      const text = JSON.stringify(getExample('lam-dong-2022-2025', kind), null, 2);
      expect(parseJsonText(text)).toEqual(JSON.parse(text));
      expect(parseJsonText(Buffer.from(text))).toEqual(JSON.parse(text));
      expect(parseJsonText(bytes([0xef, 0xbb, 0xbf], text))).toEqual(JSON.parse(text));
      expect(parseJsonText('\ufeff' + text)).toEqual(JSON.parse(text));
    }
  });

  it('any JSON value without repeated keys (fast-check, astral and escaped characters included)', () => {
    const value = fc.jsonValue({ maxDepth: 4, stringUnit: 'grapheme' }).filter((v) => !JSON.stringify(v).includes('__proto__'));
    fc.assert(fc.property(value, fc.boolean(), (v, pretty) => {
      const text = JSON.stringify(v, null, pretty ? 2 : undefined);
      expect(parseJsonText(text)).toEqual(JSON.parse(text));
      expect(parseJsonText(new TextEncoder().encode(text))).toEqual(JSON.parse(text));
    }), { numRuns: 300 });
  });

  it('keys that only look alike, quotes and colons inside strings, surrogate pairs written as escapes', () => {
    for (const text of ['{"a":1,"A":2,"a ":3,"\u00e1":4,"a\u0301":5}', '{"a":"x\\":y","b\\"":":","c\\\\":{"d":"\\\\"}}', '{"e":"\\ud83d\\ude00","f":"😀"}', '[{"a":1},{"a":1}]']) {
      expect(parseJsonText(text), text).toEqual(JSON.parse(text));
    }
  });
});

describe('invalid UTF-8 → invalid-utf8, with the offset of the first bad byte and its line', () => {
  const cases: [string, Uint8Array, number, number][] = [
    ['a Latin-1 é', bytes('{"a":"', [0xe9], '"}'), 6, 0xe9],
    ['a stray continuation byte', bytes('{"a":"ệ', [0x80], '"}'), 9, 0x80],
    ['a sequence cut short', bytes('{"a":"', [0xe1, 0xbb], '"}'), 6, 0xe1],
    ['an overlong NUL (C0 80)', bytes('{"a":"', [0xc0, 0x80], '"}'), 6, 0xc0],
    ['an overlong slash (E0 80 AF)', bytes('{"a":"', [0xe0, 0x80, 0xaf], '"}'), 6, 0xe0],
    ['a surrogate encoded in UTF-8 (ED A0 80, CESU-8)', bytes('{"a":"', [0xed, 0xa0, 0x80], '"}'), 6, 0xed],
    ['a code point above U+10FFFF (F4 90 80 80)', bytes('{"a":"', [0xf4, 0x90, 0x80, 0x80], '"}'), 6, 0xf4],
    ['an FF byte', bytes([0xff]), 0, 0xff],
    ['a bad byte after real replacement characters', bytes('["\ufffd\ufffd",\n"', [0xfe], '"]'), 12, 0xfe],
  ];
  for (const [name, input, offset, byte] of cases) {
    it(name, () => {
      const e = refusal(input);
      expect(e.code).toBe('THIDUA_INVALID_UTF8');
      expect(e.position.byteOffset).toBe(offset);
      expect(e.messageVi).toContain(`byte 0x${byte.toString(16).toUpperCase()} ở vị trí ${offset} (đếm từ 0, dòng ${e.position.line})`);
      expect(e.messageEn).toContain(`at offset ${offset}`);
    });
  }

  it('counts lines to the bad byte', () => {
    expect(refusal(bytes('{\n"a":\n"', [0xe9], '"\n}')).position).toEqual({ byteOffset: 8, line: 3 });
  });

  it('finds a bad byte anywhere in valid text (fast-check)', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 40 }), fc.string({ unit: 'grapheme', maxLength: 40 }), fc.constantFrom(0x80, 0xbf, 0xc0, 0xc1, 0xf5, 0xff), (before, after, bad) => {
      const head = Buffer.from(JSON.stringify(before).slice(0, -1));
      const e = refusal(bytes([...head], [bad], JSON.stringify(after).slice(1)));
      expect(e.code).toBe('THIDUA_INVALID_UTF8');
      expect(e.position.byteOffset).toBe(head.length);
    }), { numRuns: 200 });
  });
});

describe('repeated keys → duplicate-key, naming the key and its JSON Pointer', () => {
  const cases: [string, string, string, string, number, number][] = [
    ['at the top', '{"planId":"a","kind":"report","planId":"b"}', 'planId', '/planId', 1, 31],
    ['nested in an array of objects', '{"nominees":[{"type":"individual"},{"type":"collective","profile":{"fullName":"A","fullName":"B"}}]}', 'fullName', '/nominees/1/profile/fullName', 1, 83],
    ['one written with an escape', '{"a":1,"\\u0061":2}', 'a', '/a', 1, 8],
    ['on a later line', '{\n  "x": {\n    "y": 1,\n    "y": 2\n  }\n}', 'y', '/x/y', 4, 5],
    ['a key with a slash and a tilde', '{"a/b~c":1,"a/b~c":2}', 'a/b~c', '/a~1b~0c', 1, 12],
    ['the empty key', '{"":1,"":2}', '', '/', 1, 7],
  ];
  for (const [name, text, key, pointer, line, column] of cases) {
    it(name, () => {
      const e = refusal(text);
      expect(e.code).toBe('THIDUA_DUPLICATE_KEY');
      expect(e.position).toEqual({ key, pointer, line, column });
      expect(e.messageVi).toBe(`Khóa “${key}” bị lặp lại trong cùng một đối tượng tại ${pointer} (dòng ${line}, cột ${column}): không rõ giá trị nào được dùng. Hãy chỉ giữ một khóa “${key}”.`);
      expect(e.messageEn).toContain(`The key "${key}" is repeated in the same object at ${pointer} (line ${line}, column ${column})`);
    });
  }

  it('names the first repeat in text order', () => {
    expect(refusal('{"a":{"b":1,"b":2},"c":1,"c":2}').position.pointer).toBe('/a/b');
  });

  it('shows control and bidi characters of a key as \\u{…}, and cuts a long key', () => {
    const e = refusal('{"x\\u202ey":1,"x\\u202ey":2}');
    expect(e.position.key).toBe('x\\u{202E}y');
    expect(e.messageVi).not.toMatch(/[\u202a-\u202e\u2066-\u2069]/);
    const long = 'k'.repeat(5000);
    const cut = refusal(`{"${long}":1,"${long}":2}`);
    expect(cut.messageVi.length).toBeLessThan(500);
    expect(cut.position.key).toBe('k'.repeat(60) + '…');
  });

  it('any repeated key in any object is found (fast-check)', () => {
    const obj = fc.dictionary(fc.string({ unit: 'grapheme', maxLength: 6 }).filter((k) => k !== '__proto__'), fc.jsonValue({ maxDepth: 2 }), { minKeys: 1, maxKeys: 6 });
    fc.assert(fc.property(obj, fc.nat(), fc.jsonValue({ maxDepth: 1 }), fc.nat(3), (o, pick, dup, depth) => {
      const keys = Object.keys(o);
      const key = keys[pick % keys.length]!;
      let text = JSON.stringify(o).slice(0, -1) + `,${JSON.stringify(key)}:${JSON.stringify(dup)}}`;
      let pointer = '/' + key.replace(/~/g, '~0').replace(/\//g, '~1');
      for (let i = 0; i < depth; i++) {
        text = `{"n":[0,${text}]}`;
        pointer = '/n/1' + pointer;
      }
      fc.pre(!/__proto__|constructor/.test(text));
      const e = refusal(text);
      expect(e.code).toBe('THIDUA_DUPLICATE_KEY');
      expect(e.position.pointer).toBe(pointer);
    }), { numRuns: 300 });
  });
});

describe('lone surrogates → lone-surrogate, naming the string or key', () => {
  it('escaped in a value, in a key, at the root; raw in a JavaScript string', () => {
    expect(refusal('{"nominees":[{"fullName":"Lê\\ud800"}]}').position).toEqual({ pointer: '/nominees/0/fullName', line: 1, column: 26 });
    const key = refusal('{"a\\udc00":1}');
    expect(key.messageVi).toMatch(/^Khóa tại \/a\\u\{DC00\} \(dòng 1, cột 2\) chứa nửa cặp thay thế UTF-16 đứng riêng \(U\+DC00\)/);
    expect(refusal('"\\ud83d"').messageVi).toMatch(/^Chuỗi ở gốc dữ liệu \(dòng 1, cột 1\)/);
    expect(refusal('{"a":"x\ud800y"}').position.pointer).toBe('/a');
    expect(refusal('["\\ude00\\ud83d"]').code).toBe('THIDUA_LONE_SURROGATE'); // a pair in the wrong order
  });

  it('any string: accepted exactly when it has no lone surrogate, as text and as bytes (fast-check)', () => {
    const isWellFormed = (x: string) => !/\p{Cs}/u.test(x);
    // UTF-16 code units, surrogates often, so that some pair up and some stand alone.
    const unit = fc.oneof(fc.integer({ min: 0xd800, max: 0xdfff }), fc.nat(0xffff)).map((c) => String.fromCharCode(c));
    fc.assert(fc.property(fc.string({ unit, maxLength: 12 }), fc.string({ unit, maxLength: 4 }), (value, key) => {
      const text = JSON.stringify({ [key]: [value] }); // JSON.stringify writes lone surrogates as \udxxx escapes
      fc.pre(key !== '__proto__');
      for (const input of [text, Buffer.from(text)]) {
        if (isWellFormed(value) && isWellFormed(key)) expect(parseJsonText(input)).toEqual({ [key]: [value] });
        else expect(refusal(input).code).toBe('THIDUA_LONE_SURROGATE');
      }
    }), { numRuns: 500 });
  });

  it('every surrogate code unit D800–DFFF, escaped in either case, alone in a string or a key (text and bytes)', () => {
    for (let unit = 0xd800; unit <= 0xdfff; unit += 0x80) {
      for (const hex of [unit.toString(16), unit.toString(16).toUpperCase()]) {
        for (const text of [`{"a":["x\\u${hex}"]}`, `{"\\u${hex}":1}`]) {
          expect(refusal(text).code, text).toBe('THIDUA_LONE_SURROGATE');
          expect(refusal(Buffer.from(text)).code, text).toBe('THIDUA_LONE_SURROGATE');
        }
      }
    }
  });
});

describe('the rest of the refusals', () => {
  it('empty and blank', () => {
    for (const t of ['', ' \n\t', '\ufeff', bytes([0xef, 0xbb, 0xbf])]) expect(refusal(t).code).toBe('THIDUA_EMPTY_JSON');
  });

  it('malformed, with the line and column of the first syntax error and nothing of the text', () => {
    const e = refusal('{\n  "fullName": "Nguyễn Văn Bí Mật",\n  oops\n}');
    expect(e.code).toBe('THIDUA_MALFORMED_JSON');
    expect(e.position).toEqual({ line: 3, column: 3 });
    expect(e.messageVi).toBe('Dữ liệu không phải JSON hợp lệ: lỗi cú pháp ở dòng 3, cột 3.');
    expect(e.messageVi + e.messageEn).not.toContain('Bí Mật');
    for (const t of ['{"a": 1,}', "{'a': 1}", '{} {}', '[1,2', '{"a":"\u0001"}', '{"a":1 /* c */}', 'NaN']) expect(refusal(t).code, t).toBe('THIDUA_MALFORMED_JSON');
  });

  it('__proto__ and constructor.prototype, wherever and however written', () => {
    const refused = ['{"__proto__":{"x":1}}', '{"a":[{"\\u005f_proto__":1}]}', '{"constructor":{"prototype":{}}}', '[[{"b":{"\\u0063onstructor":{"prototype":null}}}]]', '{"__proto__":null}', '{"constructor":[],"x":{"constructor":{"prototype":1}}}'];
    for (const t of refused) expect(refusal(t).code, t).toBe('THIDUA_FORBIDDEN_KEY');
    // Refused before a repeated key is looked for, as the first refusal found.
    expect(refusal('{"a":1,"a":2,"__proto__":{}}').code).toBe('THIDUA_FORBIDDEN_KEY');
    expect(parseJsonText('{"constructor":"x"}')).toEqual({ constructor: 'x' });
    expect(parseJsonText('{"constructor":{"name":"x"},"prototype":{},"c":{"constructor":null}}')).toEqual({ constructor: { name: 'x' }, prototype: {}, c: { constructor: null } });
    expect(({} as any).x).toBeUndefined();
  });
});

describe('hostile shapes: no stack overflow, time linear in the text', () => {
  const time = (f: () => unknown) => {
    const t = performance.now();
    f();
    return performance.now() - t;
  };

  it('a repeated key under a million levels of arrays is found, with its pointer', () => {
    const depth = 1_000_000;
    const e = refusal('['.repeat(depth) + '{"a":1,"a":2}' + ']'.repeat(depth));
    expect(e.code).toBe('THIDUA_DUPLICATE_KEY');
    expect(e.position.pointer!.startsWith('/0/0/0')).toBe(true);
    expect(e.position.pointer!.length).toBeLessThanOrEqual(121);
  });

  it('a lone surrogate 300 000 objects deep', () => {
    const n = 300_000;
    expect(refusal('{"a":'.repeat(n) + '"\\udbff"' + '}'.repeat(n)).code).toBe('THIDUA_LONE_SURROGATE');
  });

  it('malformed 1 000 000 levels deep: refused without a position', () => {
    const e = refusal('['.repeat(1_000_000) + '}');
    expect(e.code).toBe('THIDUA_MALFORMED_JSON');
  });

  it('2 MB of backslashes, quotes and keys: each well under a second', () => {
    const inputs = [
      '{"a":"' + '\\\\'.repeat(1_000_000) + '"}',
      '{"a":"' + '\\"'.repeat(1_000_000) + '"}',
      '{' + Array.from({ length: 150_000 }, (_, i) => `"${i}":0`).join(',') + '}',
      '{' + Array.from({ length: 150_000 }, (_, i) => `"${i}":0`).join(',') + ',"0":1}',
      '[' + Array(200_000).fill('"\\ud800"').join(',') + ']',
    ];
    for (const text of inputs) {
      const ms = time(() => { try { parseJsonText(text); } catch (e) { if (!(e instanceof JsonTextError)) throw e; } });
      expect(ms, text.slice(0, 40)).toBeLessThan(1000);
    }
  });
});
