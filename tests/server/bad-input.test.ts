// Hostile and mistaken requests: each gets its 4xx with { error: { code, message, messageEn } },
// never a 500, and the server keeps answering.
import { planIds } from '@thidua/plans';
import { afterAll, describe, expect, it } from 'vitest';
import { PLAN, VALIDATE, PDF, example, expectErrorBody, post, server } from './helpers.js';

const app = server();
afterAll(() => app.close());

describe('malformed JSON → 400', () => {
  for (const [name, payload, line, column] of [
    ['truncated', '{"planId": "lam-dong-2022-2025",', 1, 33],
    ['single quotes', "{'a': 1}", 1, 2],
    ['trailing comma', '{"a": 1,}', 1, 9],
    ['two documents', '{} {}', 1, 4],
    ['not JSON at all', 'hồ sơ', 1, 1],
    ['a bare control character in a string', '{"a":"\u0001"}', 1, 6],
    ['on a later line', '{\n  "a": 1\n  "b": 2\n}', 3, 3],
  ] as const) {
    // The PDF route reads the bytes in its thread: the same answer.
    for (const url of [VALIDATE, PDF]) it(`${name} (${url.split('/').pop()})`, async () => {
      const r = await post(app, url, payload);
      expect(r.statusCode).toBe(400);
      expectErrorBody(r.json(), 'THIDUA_MALFORMED_JSON');
      expect(r.json().error).toMatchObject({ line, column });
      expect(r.json().error.message).toBe(`Dữ liệu không phải JSON hợp lệ: lỗi cú pháp ở dòng ${line}, cột ${column}.`);
      expect(r.json().error.messageEn).toBe(`The data is not valid JSON: syntax error at line ${line}, column ${column}.`);
    });
  }

  it('an empty or blank body → 400 THIDUA_EMPTY_BODY', async () => {
    for (const [payload, url] of [['', VALIDATE], ['   \n', VALIDATE], ['', PDF], ['   \n', PDF]]) {
      const r = await post(app, url!, payload!);
      expect(r.statusCode).toBe(400);
      expectErrorBody(r.json(), 'THIDUA_EMPTY_BODY');
    }
  });

  it('the error quotes nothing of the body', async () => {
    const r = await post(app, VALIDATE, '{"fullName": "Nguyễn Văn Bí Mật", oops}');
    expect(r.body).not.toContain('Bí Mật');
  });
});

// The same reader as `thidua validate` (parseJsonText of @thidua/validate), so the same refusals.
describe('invalid UTF-8 → 400 THIDUA_INVALID_UTF8, naming the byte and its offset', () => {
  const body = (...parts: (string | number[])[]) => Buffer.concat(parts.map((p) => Buffer.from(p as any)));
  const cases: [string, Buffer, number, string][] = [
    ['a Latin-1 "é" in a name', body('{"header":{"agency":"Tr', [0xe9], 'n"}}'), 23, '0xE9'],
    ['a stray continuation byte', body('{"a":"', [0x80], '"}'), 6, '0x80'],
    ['a sequence cut short at the end', body('{"a":"x"}', [0xe1, 0xbb]), 9, '0xE1'],
    ['an overlong encoding (C0 AF for "/")', body('{"a":"', [0xc0, 0xaf], '"}'), 6, '0xC0'],
    ['a UTF-16 surrogate encoded as UTF-8 (ED A0 80)', body('{"a":"', [0xed, 0xa0, 0x80], '"}'), 6, '0xED'],
    ['UTF-16 text sent as if UTF-8', Buffer.from('\ufeff{"a":1}', 'utf16le'), 0, '0xFF'],
  ];
  for (const [name, payload, offset, hex] of cases) {
    for (const url of [VALIDATE, PDF]) {
      it(`${name} (${url.split('/').pop()})`, async () => {
        const r = await post(app, url, payload);
        expect(r.statusCode).toBe(400);
        expectErrorBody(r.json(), 'THIDUA_INVALID_UTF8');
        expect(r.json().error.byteOffset).toBe(offset);
        expect(r.json().error.message).toBe(`Dữ liệu không phải văn bản UTF-8 hợp lệ: byte ${hex} ở vị trí ${offset} (đếm từ 0, dòng 1) không thuộc ký tự UTF-8 nào. Hãy lưu lại dưới dạng UTF-8.`);
        expect(r.json().error.messageEn).toContain(`byte ${hex} at offset ${offset}`);
      });
    }
  }

  it('U+FFFD sent as real UTF-8 is text like any other, and a byte-order mark is dropped', async () => {
    const data = example();
    data.header.agency = 'Ủy ban \ufffd';
    const r = await post(app, VALIDATE, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(JSON.stringify(data))]));
    expect(r.statusCode).not.toBe(400);
    expect(r.json().value?.header?.agency ?? data.header.agency).toBe('Ủy ban \ufffd');
  });
});

describe('repeated keys → 400 THIDUA_DUPLICATE_KEY, naming the key and its JSON Pointer', () => {
  const cases: [string, () => string, string, string][] = [
    ['at the top', () => JSON.stringify(example()).replace(/^\{/, '{"planId":"dong-nai-so-ket-2023",'), 'planId', '/planId'],
    ['nested in a nominee', () => JSON.stringify(example()).replace(/"nominees":\[\{/, '"nominees":[{"name":"Một tên khác",'), 'name', '/nominees/0/name'],
    ['written once with an escape', () => '{"kind":"nomination","\\u006bind":"report"}', 'kind', '/kind'],
  ];
  for (const [name, payload, key, pointer] of cases) {
    for (const url of [VALIDATE, PDF]) {
      it(`${name} (${url.split('/').pop()})`, async () => {
        const r = await post(app, url, payload());
        expect(r.statusCode).toBe(400);
        expectErrorBody(r.json(), 'THIDUA_DUPLICATE_KEY');
        expect(r.json().error).toMatchObject({ key, pointer });
        expect(r.json().error.message).toMatch(new RegExp(`^Khóa “${key}” bị lặp lại trong cùng một đối tượng tại ${pointer} \\(dòng 1, cột \\d+\\): không rõ giá trị nào được dùng\\. Hãy chỉ giữ một khóa “${key}”\\.$`));
        expect(r.json().error.messageEn).toContain(`The key "${key}" is repeated in the same object at ${pointer}`);
      });
    }
  }

  it('the same key in two different objects is fine', async () => {
    expect((await post(app, VALIDATE, example())).statusCode).toBe(200);
  });
});

describe('a lone UTF-16 surrogate → 400 THIDUA_LONE_SURROGATE, naming the string', () => {
  it('escaped in a value (\\ud800) or in a key', async () => {
    const data = JSON.stringify(example()).replace(/"fullName":"/, '"fullName":"\\ud800');
    const r = await post(app, VALIDATE, data);
    expect(r.statusCode).toBe(400);
    expectErrorBody(r.json(), 'THIDUA_LONE_SURROGATE');
    expect(r.json().error.pointer).toBe('/coverLetter/signer/fullName');
    expect(r.json().error.message).toMatch(/^Chuỗi tại \/coverLetter\/signer\/fullName \(dòng 1, cột \d+\) chứa nửa cặp thay thế UTF-16 đứng riêng \(U\+D800\)/);
    const key = await post(app, PDF, '{"ghi\\udfffChu":1}');
    expect(key.statusCode).toBe(400);
    expect(key.json().error.message).toMatch(/^Khóa tại \/ghi\\u\{DFFF\}Chu/);
  });

  it('a surrogate pair written as two escapes is one character, accepted', async () => {
    const data = example();
    data.header.agency = 'Ủy ban 😀';
    const r = await post(app, VALIDATE, JSON.stringify(data).replace('😀', '\\ud83d\\ude00'));
    expect(r.statusCode).not.toBe(400);
  });
});

describe('body limit → 413', () => {
  it('at a configured small limit', async () => {
    const small = server({ bodyLimit: 1024 });
    const data = example();
    const r = await post(small, VALIDATE, data);
    expect(r.statusCode).toBe(413);
    expectErrorBody(r.json(), 'THIDUA_BODY_TOO_LARGE');
    expect(r.json().error.limit).toBe(1024);
    expect(r.json().error.message).toBe('Hồ sơ quá lớn: tối đa 1 KB.');
    // Just under the limit is read.
    expect((await post(small, VALIDATE, '{"a":"' + 'x'.repeat(1000) + '"}')).statusCode).toBe(422);
    await small.close();
  });

  it('at 12 MB with the default 2 MB limit, and on the pdf route too', async () => {
    const big = '{"a":"' + 'x'.repeat(12 * 1024 * 1024) + '"}';
    for (const url of [VALIDATE, PDF]) {
      const r = await post(app, url, big);
      expect(r.statusCode).toBe(413);
      expectErrorBody(r.json(), 'THIDUA_BODY_TOO_LARGE');
      expect(r.json().error.limit).toBe(2 * 1024 * 1024);
    }
  });

  it('a dossier of 1.9 MB is accepted', async () => {
    const data = example();
    data.extra = 'x'.repeat(1.9 * 1024 * 1024);
    const r = await post(app, VALIDATE, data);
    expect(r.statusCode).toBe(422); // read and validated: "extra" is not a field of the form
    expect(r.json().errors.map((e: any) => e.code)).toContain('additionalProperties');
  });
});

describe('wrong content type → 415', () => {
  for (const ct of ['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', 'application/json; charset=latin1', 'application/jsonx', 'text/json']) {
    it(ct, async () => {
      const r = await app.inject({ method: 'POST', url: VALIDATE, headers: { 'content-type': ct }, payload: JSON.stringify(example()) });
      expect(r.statusCode).toBe(415);
      expectErrorBody(r.json(), 'THIDUA_UNSUPPORTED_MEDIA_TYPE');
    });
  }

  it('no content type at all', async () => {
    const r = await app.inject({ method: 'POST', url: VALIDATE, payload: JSON.stringify(example()) });
    expect(r.statusCode).toBe(415);
  });

  it('application/json with charset=utf-8 (any case) is fine', async () => {
    for (const ct of ['application/json; charset=utf-8', 'Application/JSON; Charset="UTF-8"']) {
      const r = await app.inject({ method: 'POST', url: VALIDATE, headers: { 'content-type': ct }, payload: JSON.stringify(example()) });
      expect(r.statusCode, ct).toBe(200);
    }
  });

  it('is answered before the body is read (a 12 MB text/plain is 415, not 413)', async () => {
    const r = await app.inject({ method: 'POST', url: VALIDATE, headers: { 'content-type': 'text/plain' }, payload: 'x'.repeat(12 * 1024 * 1024) });
    expect(r.statusCode).toBe(415);
  });
});

describe('prototype poisoning → 400, Object.prototype untouched', () => {
  const payloads = {
    '__proto__ at the top': '{"__proto__": {"polluted": "yes"}, "planId": "lam-dong-2022-2025"}',
    '__proto__ deep inside': '{"header": {"x": [{"__proto__": {"polluted": "yes"}}]}}',
    '__proto__ written with escapes': '{"\\u005f\\u005fproto\\u005f\\u005f": {"polluted": "yes"}}',
    'constructor.prototype': '{"constructor": {"prototype": {"polluted": "yes"}}}',
    'constructor.prototype deep inside': '{"nominees": [{"constructor": {"prototype": {"polluted": "yes"}}}]}',
  };
  for (const [name, payload] of Object.entries(payloads)) {
    for (const url of [VALIDATE, PDF]) {
      it(`${name} (${url.split('/').pop()})`, async () => {
        const r = await post(app, url, payload);
        expect(r.statusCode).toBe(400);
        expectErrorBody(r.json(), 'THIDUA_FORBIDDEN_KEY');
        expect(({} as any).polluted).toBeUndefined();
        expect(Object.prototype).not.toHaveProperty('polluted');
      });
    }
  }

  it('a plain "constructor" string key is data, not an attack', async () => {
    const r = await post(app, VALIDATE, '{"constructor": "x"}');
    expect(r.statusCode).toBe(422);
  });
});

describe('unknown plan or kind → 404 listing what exists', () => {
  it('unknown plan on every route', async () => {
    for (const [method, url] of [['POST', '/submissions/ha-noi-2030/nomination/validate'], ['POST', '/submissions/ha-noi-2030/report/pdf'], ['GET', '/schemas/ha-noi-2030/report.json']] as const) {
      const r = await app.inject({ method, url, headers: { 'content-type': 'application/json' }, payload: method === 'POST' ? '{}' : undefined });
      expect(r.statusCode, url).toBe(404);
      const body = r.json();
      expectErrorBody(body, 'THIDUA_UNKNOWN_PLAN');
      expect(body.error.plans).toEqual(planIds());
      for (const id of planIds()) {
        expect(body.error.message).toContain(id);
        expect(body.error.messageEn).toContain(id);
      }
      expect(body.error.message).toContain('Không có kế hoạch “ha-noi-2030”');
    }
  });

  it('unknown kind', async () => {
    for (const [method, url] of [['POST', `/submissions/${PLAN}/unit-plan/validate`], ['GET', `/schemas/${PLAN}/unit-plan.json`]] as const) {
      const r = await app.inject({ method, url, headers: { 'content-type': 'application/json' }, payload: method === 'POST' ? '{}' : undefined });
      expect(r.statusCode).toBe(404);
      expectErrorBody(r.json(), 'THIDUA_UNKNOWN_KIND');
      expect(r.json().error.kinds).toEqual(['report', 'nomination']);
    }
  });

  it('is answered before the body is read (a 12 MB body for an unknown plan is 404)', async () => {
    const r = await post(app, '/submissions/nope/nomination/validate', '{"a":"' + 'x'.repeat(12 * 1024 * 1024) + '"}');
    expect(r.statusCode).toBe(404);
  });

  it('an unknown path or method → 404 THIDUA_NOT_FOUND without the query string', async () => {
    for (const [method, url] of [['GET', '/nothing?token=secret'], ['GET', VALIDATE], ['PUT', '/plans'], ['POST', `/submissions/${PLAN}/nomination/sign`]] as const) {
      const r = await app.inject({ method, url });
      expect(r.statusCode, `${method} ${url}`).toBe(404);
      expectErrorBody(r.json(), 'THIDUA_NOT_FOUND');
      expect(r.body).not.toContain('secret');
    }
  });

  it('a plan id with control characters or of 10 000 characters is echoed cut and clean', async () => {
    const r = await post(app, `/submissions/${encodeURIComponent('a\u0007b')}/nomination/validate`, '{}');
    expect(r.statusCode).toBe(404);
    expect(r.json().error.message).toContain('“ab”');
    const long = await post(app, `/submissions/${'x'.repeat(10_000)}/nomination/validate`, '{}');
    expect(long.statusCode).toBe(414);
    expectErrorBody(long.json(), 'THIDUA_BAD_URL');
    expect(long.body).not.toContain('xxxxxxxxxx');
  });

  it('a malformed URL → 400 THIDUA_BAD_URL', async () => {
    const r = await app.inject({ url: '/schemas/%E0%A4%A/report.json' });
    expect(r.statusCode).toBe(400);
    expectErrorBody(r.json(), 'THIDUA_BAD_URL');
  });
});

describe('huge and deep JSON', () => {
  const cases: Record<string, string> = {
    '1 000 000-level array (1.9 MB)': '['.repeat(1e6) + ']'.repeat(1e6),
    '300 000-level object': '{"a":'.repeat(300_000) + '1' + '}'.repeat(300_000),
    'a million zeros': '{"nominees":[' + Array(999_000).fill(0).join(',') + ']}',
    '600 000 empty objects': '{"nominees":[' + Array(600_000).fill('{}').join(',') + ']}',
    '16 000 bare nominees': '{"nominees":[' + Array(16_000).fill('{"type":"individual","profile":{}}').join(',') + ']}',
  };
  for (const [name, payload] of Object.entries(cases)) {
    it(`${name} → 422 quickly, with a bounded answer`, async () => {
      const t = performance.now();
      const r = await post(app, VALIDATE, payload);
      const ms = performance.now() - t;
      expect(r.statusCode).toBe(422);
      expect(r.body.length).toBeLessThan(1024 * 1024);
      expect(ms).toBeLessThan(5000);
      const body = r.json();
      expect(body.ok).toBe(false);
      expect(body.errors.length).toBeLessThanOrEqual(1000);
      if (body.errors.length === 1000) expect(body.truncated).toBe(true);
    });
  }

  it('too-deep and too-large come from the validator', async () => {
    expect((await post(app, VALIDATE, '{"a":'.repeat(100) + '1' + '}'.repeat(100))).json().errors[0].code).toBe('too-deep');
    expect((await post(app, VALIDATE, '{"nominees":[' + Array(60_000).fill(0).join(',') + ']}')).json().errors[0].code).toBe('too-large');
  });

  it('limits and maxIssues are options', async () => {
    const strict = server({ limits: { maxNodes: 100 }, maxIssues: 3 });
    const r = await post(strict, VALIDATE, example());
    expect(r.json().errors[0].code).toBe('too-large');
    const blank = await post(strict, VALIDATE, { nominees: [{}, {}, {}, {}, {}] });
    expect(blank.json().errors).toHaveLength(3);
    expect(blank.json().truncated).toBe(true);
    await strict.close();
  });
});

describe('after all that', () => {
  it('the server still answers, and nothing above was a 500', async () => {
    expect((await app.inject('/health')).statusCode).toBe(200);
    expect((await post(app, VALIDATE, example())).statusCode).toBe(200);
  });
});
