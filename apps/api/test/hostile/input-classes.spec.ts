import { ErrorCode } from '@pos/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDraft, providerId } from '../support/applications.js';
import { bearer, login, type Session } from '../support/http.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

let t: TestApp;
let merchant: Session;

beforeAll(async () => {
  t = await createTestApp();
  merchant = await login(t.app, '13800138000');
});
afterAll(async () => t?.close());

const json = { 'content-type': 'application/json' };
const nestedObject = (levels: number) => '{"a":'.repeat(levels) + '1' + '}'.repeat(levels);
const nestedArray = (levels: number) => '['.repeat(levels) + ']'.repeat(levels);
const send = (method: 'GET' | 'POST' | 'PUT' | 'PATCH', url: string, payload?: string, headers: Record<string, string> = {}) =>
  t.app.inject({ method, url, payload, headers: { ...json, ...bearer(merchant), ...headers } });

function expectFieldError(response: { statusCode: number; json(): unknown }, field: string, code: string) {
  expect(response.statusCode).toBe(400);
  const body = response.json() as { code: string; message: string; details: { fields: { field: string; code: string; message: string }[] } };
  expect(body.code).toBe(ErrorCode.VALIDATION_FAILED);
  expect(body.details.fields).toContainEqual(expect.objectContaining({ field, code }));
  expect(body.details.fields.every((f) => f.message && f.message !== f.code)).toBe(true);
}

describe('malformed input, refused before it reaches a validator, the database or a library', () => {
  it.each([
    ['a NUL character', JSON.stringify({ loginName: '13800138000\u0000', password: 'x' }), 'loginName'],
    ['a lone high surrogate', JSON.stringify({ loginName: '13800138000', password: 'ab\ud800c' }), 'password'],
    ['a lone low surrogate', JSON.stringify({ loginName: '\udc00', password: 'x' }), 'loginName'],
  ])('answers %s in a text field with 400 naming the field, without signing in', async (_label, payload, field) => {
    const response = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload, headers: json });
    expectFieldError(response, field, 'invalidCharacters');
  });

  it('answers a NUL character in a query string with 400 naming the parameter', async () => {
    expectFieldError(await send('GET', '/api/providers?city=%00'), 'city', 'invalidCharacters');
  });

  it('answers a NUL character in a field name with 400', async () => {
    const response = await send('POST', '/api/providers/fee-estimate', JSON.stringify({ 'a\u0000b': 1 }));
    expectFieldError(response, 'body', 'invalidCharacters');
  });

  it.each([
    ['login', '/api/auth/login', `{"loginName":${nestedObject(5000)},"password":"x"}`],
    ['register', '/api/auth/register', `{"loginName":${nestedArray(5000)}}`],
    ['the fee estimate', '/api/providers/fee-estimate', nestedObject(5000)],
  ])('answers JSON nested 5,000 levels deep on %s with 400', async (_label, url, payload) => {
    const response = await t.app.inject({ method: 'POST', url, payload, headers: json });
    expect(response.statusCode).toBe(400);
    expect(response.json().details.fields[0].code).toBe('tooDeep');
  });

  it.each([
    ['null', 'bodyRequired'],
    ['[[{}]]', 'isObject'],
    ['"a string"', 'isObject'],
    ['42', 'isObject'],
  ])('answers a JSON body of %s with 400', async (payload, code) => {
    const response = await t.app.inject({ method: 'POST', url: '/api/auth/register', payload, headers: json });
    expectFieldError(response, 'body', code);
  });

  it('answers an object where the password string is expected with 400 on password', async () => {
    const response = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { loginName: '13800138000', password: { $gt: '' } }, headers: json });
    expect(response.statusCode).toBe(400);
    expect(response.json().details.fields.map((f: { field: string }) => f.field)).toContain('password');
  });
});

describe('malformed multipart', () => {
  const upload = async (contentType: string, payload: string) => {
    const draft = await createDraft(t.app, merchant, await providerId(t.prisma, 'RuiTong'));
    const response = await t.app.inject({ method: 'POST', url: `/api/applications/${draft.id}/documents/BUSINESS_LICENCE`, payload, headers: { ...bearer(merchant), 'content-type': contentType } });
    expect(await t.prisma.applicationDocument.count({ where: { applicationId: draft.id } })).toBe(0);
    return response;
  };

  it.each([
    ['no boundary', 'multipart/form-data', '--b\r\n'],
    ['an empty boundary', 'multipart/form-data; boundary=', '--b\r\n'],
    ['a part cut off before its end', 'multipart/form-data; boundary=b', '--b\r\nContent-Disposition: form-data; name="file"; filename="a.pdf"\r\n\r\n%PDF-1.4 abc'],
  ])('answers a body with %s with 400 on the file, and stores nothing', async (_label, contentType, payload) => {
    expectFieldError(await upload(contentType, payload), 'file', 'multipartInvalid');
  });

  it('answers a body with no file part with 400 file required, also on the public verify endpoint', async () => {
    expectFieldError(await upload('multipart/form-data; boundary=b', '--b\r\nContent-Disposition: form-data; name="x"\r\n\r\nabc\r\n--b--\r\n'), 'file', 'required');
    const verify = await t.app.inject({ method: 'POST', url: '/api/agreements/verify', payload: '--b\r\n', headers: { 'content-type': 'multipart/form-data' } });
    expectFieldError(verify, 'file', 'multipartInvalid');
  });
});

describe('sign-in from another site', () => {
  const credentials = { loginName: '13800138000', password: 'PosDemo2026' };

  it('refuses a form-encoded login (what a plain HTML form on another site sends) with 400, and sets no cookie', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: 'loginName=13800138000&password=PosDemo2026',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    expectFieldError(response, 'body', 'jsonRequired');
    expect(response.headers['set-cookie']).toBeUndefined();
  });

  it.each([
    ['Sec-Fetch-Site: cross-site', { 'sec-fetch-site': 'cross-site' }],
    ['Sec-Fetch-Site: same-site', { 'sec-fetch-site': 'same-site' }],
    ['an Origin of another site', { origin: 'https://evil.example' }],
    ['an Origin that is not a URL', { origin: 'null' }],
  ])('refuses a JSON login marked %s with 403, and sets no cookie', async (_label, headers) => {
    const response = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: credentials, headers: { ...json, ...headers } });
    expect(response.statusCode).toBe(403);
    expect(response.json().code).toBe(ErrorCode.FORBIDDEN);
    expect(response.headers['set-cookie']).toBeUndefined();
  });

  it.each([
    ['from the portal itself', { 'sec-fetch-site': 'same-origin', origin: 'http://localhost:80' }],
    ['typed or from a tool', {}],
    ['with the portal as Origin', { origin: 'http://localhost:80', host: 'localhost:80' }],
  ])('signs in %s', async (_label, headers) => {
    const response = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: credentials, headers: { ...json, ...headers } });
    expect(response.statusCode).toBe(200);
  });
});
