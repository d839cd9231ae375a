import { randomUUID } from 'node:crypto';
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

describe('bodies the parser cannot read and paths the router cannot read (found by every-endpoint.fuzz)', () => {
  it.each([
    ['JSON cut off', '{"loginName":', 'application/json', 'bodyUnreadable'],
    ['an empty JSON body', '', 'application/json', 'bodyRequired'],
    ['a content type the API does not read', '<login/>', 'application/xml', 'contentTypeUnsupported'],
  ])('answers %s with 400 naming the body', async (_label, payload, contentType, code) => {
    const response = await t.app.inject({ method: 'POST', url: '/api/providers/fee-estimate', payload, headers: { 'content-type': contentType } });
    expectFieldError(response, 'body', code);
  });

  it('answers a path whose percent-encoding is not text with 400 naming the path', async () => {
    expectFieldError(await send('GET', '/api/applications/%E0%A4%A'), 'path', 'invalidCharacters');
  });

  it('answers a path parameter longer than any id with 404 in the error shape', async () => {
    const response = await send('GET', `/api/applications/${'9'.repeat(600)}`);
    expect(response.statusCode).toBe(404);
    expect(response.json()).toEqual({ code: ErrorCode.NOT_FOUND, message: expect.any(String) });
  });

  it('answers a fault category that does not exist with 400 naming the parameter', async () => {
    expectFieldError(await send('GET', '/api/troubleshooting/trees/NOT_A_CATEGORY'), 'category', 'isEnum');
  });

  it('names a bad query key by where it came from, not as the body', async () => {
    expectFieldError(await send('GET', '/api/providers?%00=1'), 'query', 'invalidCharacters');
  });
});

describe('values a DTO does not expect (found by every-endpoint.fuzz)', () => {
  it('answers a nested object holding a "constructor" key with 400, also on login before its guard', async () => {
    const response = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: '{"loginName":"13800138000","password":{"constructor":[" "]}}', headers: json });
    expectFieldError(response, 'password.constructor', 'whitelistValidation');
    expectFieldError(await send('GET', '/api/providers?constructor=1'), 'constructor', 'whitelistValidation');
  });

  it('answers lists nested in lists where objects are expected with 400 on the element, and changes nothing', async () => {
    const admin = await login(t.app, 'admin@dongfang-bank.example');
    const before = await t.prisma.terminalModel.count();
    const models = await t.app.inject({ method: 'PUT', url: '/api/console/provider/terminal-models', payload: { items: [[]] }, headers: bearer(admin) });
    expectFieldError(models, 'items.0', 'nestedValidation');
    expect(await t.prisma.terminalModel.count()).toBe(before);
    const sla = await t.app.inject({ method: 'PUT', url: '/api/console/provider/sla', payload: { supportDayStartMinute: 540, supportDayEndMinute: 1080, ticketAutoCloseDays: 7, targets: [[]] }, headers: bearer(admin) });
    expectFieldError(sla, 'targets.0', 'nestedValidation');
  });

  it('answers a list where one nested object is expected with 400 on the field', async () => {
    const dispatcher = await login(t.app, 'support@dongfang-bank.example');
    const response = await t.app.inject({
      method: 'POST',
      url: `/api/console/installations/${randomUUID()}/confirm`,
      payload: { technicianId: randomUUID(), window: [{ start: '2027-01-04T09:00:00+08:00', end: '2027-01-04T12:00:00+08:00' }] },
      headers: bearer(dispatcher),
    });
    expectFieldError(response, 'window', 'nestedValidation');
  });

  it.each(['http://[fe80::1%25eth0]/', 'https://[::1', 'https://example.com:99999/', 'http://%zz/'])('answers the webhook URL %s, which new URL() refuses, with 400 on url', async (url) => {
    const admin = await login(t.app, 'admin@dongfang-bank.example');
    const response = await t.app.inject({ method: 'POST', url: '/api/console/webhooks', payload: { url, events: ['ticket.opened'] }, headers: bearer(admin) });
    expectFieldError(response, 'url', 'isUrl');
    expect(await t.prisma.webhookEndpoint.count()).toBe(0);
  });
});

describe('extreme dates and cursors (found by every-endpoint.fuzz)', () => {
  const cursor = (at: string) => Buffer.from(JSON.stringify([at, randomUUID()])).toString('base64url');

  it.each(['+275760-09-13T00:00:00.000Z', '-271821-04-20T00:00:00.000Z', '0000-01-01T00:00:00.000Z', '1999-12-31T23:59:59.999Z', '2026-12-04', 'Fri Dec 04 2026'])(
    'answers a cursor positioned at %s with 400 on cursor, on every keyset list',
    async (at) => {
      const ops = await login(t.app, 'ops@pos-portal.example');
      expectFieldError(await send('GET', `/api/notifications?cursor=${cursor(at)}`), 'cursor', 'isIn');
      expectFieldError(await send('GET', `/api/tickets?cursor=${cursor(at)}`), 'cursor', 'isIn');
      for (const url of ['/api/admin/mailbox', '/api/admin/audit-events', '/api/admin/review-queue']) {
        expectFieldError(await t.app.inject({ method: 'GET', url: `${url}?cursor=${cursor(at)}`, headers: bearer(ops) }), 'cursor', 'isIn');
      }
    },
  );

  it('still reads the cursor a page gave', async () => {
    const response = await send('GET', `/api/notifications?cursor=${cursor('2026-12-04T08:00:00.000Z')}`);
    expect(response.statusCode).toBe(200);
  });

  it.each([
    ['0000-01-01', 'dateOutOfRange'],
    ['1999-12-31', 'dateOutOfRange'],
    ['2101-01-01', 'dateOutOfRange'],
    ['+275760-09-13', 'isDateString'],
    ['-271821-04-20', 'isDateString'],
    ['2026-02-31', 'isDateString'],
  ])('answers the date filter %s with 400 (%s), on the audit search and the analytics dashboard', async (date, code) => {
    const ops = await login(t.app, 'ops@pos-portal.example');
    const audit = await t.app.inject({ method: 'GET', url: `/api/admin/audit-events?from=${encodeURIComponent(date)}`, headers: bearer(ops) });
    expectFieldError(audit, 'from', code);
    const admin = await login(t.app, 'admin@dongfang-bank.example');
    const analytics = await t.app.inject({ method: 'GET', url: `/api/console/analytics?from=2026-11-01&to=${encodeURIComponent(date)}`, headers: bearer(admin) });
    expectFieldError(analytics, 'to', code);
  });
});
