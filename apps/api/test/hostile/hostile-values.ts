import { randomUUID } from 'node:crypto';
import fc from 'fast-check';

/**
 * The classes of input of issue 16, as fast-check arbitraries: characters PostgreSQL cannot store, shapes a DTO does
 * not expect, numbers and dates outside what JavaScript, PostgreSQL or a library can hold, cursors that are not ours,
 * and broken multipart. Each class mixes fixed cases (the ones seen to break things) with generated ones.
 */

/** Dates at and beyond the ends of what `Date` (±8.64e15 ms) and PostgreSQL (4713 BC to 294276 AD) can hold. */
export const EXTREME_DATES = [
  '0000-01-01',
  '0000-01-01T00:00:00Z',
  '0001-01-01',
  '1000-06-15',
  '1899-12-31',
  '1969-12-31T23:59:59.999Z',
  '9999-12-31',
  '9999-12-31T23:59:59.999Z',
  '+275760-09-13',
  '+275760-09-13T00:00:00.000Z',
  '+275760-09-13T00:00:00.001Z',
  '-271821-04-20',
  '-271821-04-20T00:00:00.000Z',
  '-271821-04-19T23:59:59.999Z',
  '+010000-01-01T00:00:00Z',
  '-000001-01-01T00:00:00Z',
  '2026-02-31',
  '2026-02-29',
  '2026-13-01',
  '2026-00-10',
  '2026-12-04T24:00:00Z',
  '2026-12-04T25:61:61+08:00',
  '2026-12-04T10:00:00+99:00',
] as const;

/** Text no person types and PostgreSQL cannot store, or that trips naive parsers. */
const UNREADABLE_STRINGS = ['\u0000', 'a\u0000b', '\ud800', 'x\udc00y', 'ok\udbff', '\udfff\ud800', '\u202Efdp.exe', '\ufeff', '\u0085'] as const;

/** Numbers written as strings, and strings that look like other JSON values. */
const LOOKALIKE_STRINGS = ['', ' ', '0', '-1', '1e309', '-1e309', '9'.repeat(400), '0x10', 'NaN', 'Infinity', 'true', 'null', '[]', '{}', '1.5', '00012', '१२३'] as const;

/** URLs that `@IsUrl` and `new URL()` may judge differently. */
export const ODD_URLS = [
  'http://exa mple.com/',
  'https://[::1',
  'https://[::1]:99999/',
  'https://example.com:99999/',
  'http://%zz/',
  'https://exa%00mple.com/',
  'http://a_b.example/',
  'https://-example-.com/',
  'https://xn--/',
  'https://xn--a.example/',
  'http://127.1/',
  'http://0x7f.0.0.1/',
  'https://user:pa ss@example.com/',
  'https://example.com/\u0000',
  'https://例子.测试/',
  'http://[fe80::1%25eth0]/',
  'https:///path',
  'https://example.com:/',
  'https://.example.com/',
  'https://example..com/',
  `https://${'a'.repeat(64)}.example/`,
  `https://${'a.'.repeat(130)}example/`,
] as const;

export const HUGE_NUMBERS = [1e308, -1e308, 2 ** 53, 2 ** 53 + 2, 2 ** 63, -(2 ** 63), 2 ** 31, -(2 ** 31) - 1, 1e21, 5e-324, 0.1, -0, 1.5] as const;

/** Values of the wrong shape: containers where scalars are expected and scalars where containers are. */
const WRONG_SHAPES = [null, true, false, [], {}, [[]], [[{}]], [{}], [[1, 2], [3]], { a: [] }, { $gt: '' }, { length: 1e9 }, [null], ['a', 1, null, {}]] as const;

const base64url = (text: string) => Buffer.from(text).toString('base64url');

/** Cursors: base64 of garbage, of JSON of the wrong shape, and of our own format holding impossible positions. */
export const hostileCursor: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(
    '',
    '=',
    '====',
    '%%%',
    '\u0000',
    'null',
    base64url('null'),
    base64url('[]'),
    base64url('{}'),
    base64url('[1,2,3]'),
    base64url('"x"'),
    base64url('[null,null]'),
    base64url(`[null,"${randomUUID()}"]`),
    base64url(`["2026-12-01T00:00:00.000Z","not-a-uuid"]`),
    base64url(`[1e308,"${randomUUID()}"]`),
    base64url(`[{"a":1},"${randomUUID()}"]`),
    base64url('['.repeat(5000)),
    base64url('\u0000'),
    Buffer.from([0xff, 0xfe, 0xfd]).toString('base64'),
  ),
  fc.constantFrom(...EXTREME_DATES).map((date) => base64url(JSON.stringify([date, randomUUID()]))),
  fc.uint8Array({ maxLength: 64 }).map((bytes) => Buffer.from(bytes).toString('base64url')),
  fc.uint8Array({ maxLength: 64 }).map((bytes) => Buffer.from(bytes).toString('base64')),
  fc.string({ maxLength: 40 }),
);

export const hostileString: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(...UNREADABLE_STRINGS),
  fc.constantFrom(...LOOKALIKE_STRINGS),
  fc.constantFrom(...EXTREME_DATES),
  fc.constantFrom(...ODD_URLS),
  hostileCursor,
  // Any code point, lone surrogates included.
  fc.string({ unit: 'binary', maxLength: 30 }),
  fc.string({ unit: 'grapheme', maxLength: 30 }),
  fc.string({ unit: 'binary', minLength: 5000, maxLength: 6000 }).map((s) => s.slice(0, 6000)),
);

export const hostileNumber: fc.Arbitrary<number> = fc.oneof(
  fc.constantFrom(...HUGE_NUMBERS),
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
);

/** Any value a field may receive from a hostile client: wrong types, wrong shapes, shallow nesting of the same. */
export const hostileValue: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    hostileString,
    hostileNumber,
    fc.constantFrom(...WRONG_SHAPES),
    fc.array(tie('value'), { maxLength: 3 }),
    fc.dictionary(fc.oneof(fc.string({ maxLength: 8 }), fc.constantFrom('__proto__', 'constructor', 'toString', '')), tie('value'), { maxKeys: 3 }),
  ),
})).value;

const nestedObject = (levels: number) => '{"a":'.repeat(levels) + '1' + '}'.repeat(levels);
const nestedArray = (levels: number) => '['.repeat(levels) + ']'.repeat(levels);

/** Whole JSON bodies that are not an object a DTO can read: raw text, sent with `content-type: application/json`. */
export const hostileRawJsonBody: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(
    'null',
    '[]',
    '[[{}]]',
    '[{"a":1}]',
    '"a string"',
    '42',
    '1e309',
    'true',
    '',
    ' ',
    '{',
    '{"a":',
    '{"a":1,}',
    "{'a':1}",
    '{"a":1}{"b":2}',
    '{"__proto__":{"isAdmin":true}}',
    '{"constructor":{"prototype":{"isAdmin":true}}}',
    '{"a\\u0000b":1}',
    '{"a":"\\ud800"}',
    '{"a":"\\u0000"}',
    '\ufeff{}',
    nestedObject(5000),
    nestedArray(5000),
    `{"a":${nestedArray(5000)}}`,
    `{"a":${nestedObject(5000)}}`,
    nestedObject(17),
  ),
  fc.integer({ min: 17, max: 200 }).map((levels) => `{"x":${nestedArray(levels)}}`),
  fc.string({ unit: 'binary', maxLength: 40 }),
);

/** Characters written into a URL as a client may send them: lone surrogates as their three raw UTF-8-like bytes. */
export function percentEncode(text: string): string {
  let out = '';
  for (const char of text) {
    const code = char.codePointAt(0)!;
    if (code >= 0xd800 && code <= 0xdfff) {
      out += [0xe0 | (code >> 12), 0x80 | ((code >> 6) & 0x3f), 0x80 | (code & 0x3f)].map((byte) => `%${byte.toString(16).toUpperCase()}`).join('');
    } else out += encodeURIComponent(char);
  }
  return out;
}

/** A query value as a hostile client sends it: encoded, or raw with percent signs that decode to nothing. */
export const hostileQueryText: fc.Arbitrary<string> = fc.oneof(
  { weight: 5, arbitrary: hostileString.map(percentEncode) },
  { weight: 1, arbitrary: fc.constantFrom('%', '%zz', '%E0%A4%A', '%C0%80', '%ED%A0%80', '%00', '%FF%FE', '+', '%2B%2B', '&', '=', '==', '[]', 'a[b]=c') },
);

/** Keys a query string may carry besides the documented ones. */
export const hostileQueryKey: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom('__proto__', 'constructor', 'prototype', 'a[b]', 'a[]', '', '%00', 'cursor[]', 'limit[0]', 'hasOwnProperty', 'toString'),
  fc.string({ unit: 'binary', maxLength: 10 }).map(percentEncode),
);
