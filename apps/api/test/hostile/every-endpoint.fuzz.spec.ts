import { randomUUID } from 'node:crypto';
import { Logger as NestLogger } from '@nestjs/common';
import { ErrorCode, HTTP_STATUS_OF, Role } from '@pos/shared';
import fc from 'fast-check';
import { Logger as PinoNestLogger } from 'nestjs-pino';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { COMPLETE_FIELDS, createDraft, providerId, submittedApplication, upload } from '../support/applications.js';
import { signedApplication } from '../support/flows.js';
import { bearer, login, type Session } from '../support/http.js';
import { fixture, multipartFile } from '../support/multipart.js';
import { createTestApp, type TestApp } from '../support/test-app.js';
import { hostileMultipart, type RawMultipart } from './hostile-multipart.js';
import { EXTREME_DATES, hostileCursor, ODD_URLS, hostileQueryKey, hostileQueryText, hostileRawJsonBody, hostileString, hostileValue, percentEncode } from './hostile-values.js';
import { activePdf, cleanPdf } from './pdf-samples.js';
import { loadOperations, type OpenApiDocument, type Operation, resolveSchema, type SchemaObject } from './openapi-operations.js';

/**
 * Issue 16's done-when: every POST/PUT/PATCH of the OpenAPI document gets hostile bodies (broken multipart on upload
 * routes) and every GET hostile query strings, as a signed-in user of a role the route admits (anonymous on public
 * routes), against real ids where the test can make them. No answer may be a 5xx, every error has the one shape
 * `{ code, message, details? }` with the status its code maps to, and a 400 names its fields. Nothing may log an
 * unhandled error. Runs per operation are few; the cases that once broke things are always among the candidates.
 */

const RUNS = { get: 10, body: 12, multipart: 20 };
// fast-check picks a new seed per run and prints it with any failure; FUZZ_SEED replays one. FUZZ_PROFILE=1 prints
// the time each operation took, to tune RUNS.
const seed = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : undefined;

const LOGIN_OF: Record<Role, string> = {
  MERCHANT: '13800138000',
  REVIEWER: 'reviewer@dongfang-bank.example',
  SUPPORT: 'support@dongfang-bank.example',
  TECHNICIAN: 'tech@dongfang-bank.example',
  PROVIDER_ADMIN: 'admin@dongfang-bank.example',
  PLATFORM_ADMIN: 'ops@pos-portal.example',
};

let t: TestApp;
let operations: Operation[];
let document: OpenApiDocument;
const sessions = new Map<Role, Session>();
/** Real ids the routes can find, made in beforeAll. */
const ids: Record<string, string> = {};
const errorLogs: unknown[][] = [];

beforeAll(async () => {
  const started = performance.now();
  t = await createTestApp({ RATE_LIMIT_PER_MINUTE: '1000000', AUTH_RATE_LIMIT_PER_MINUTE: '1000000', WEBHOOK_PRIVATE_HOSTS: '127.0.0.1' });
  for (const role of Object.values(Role)) sessions.set(role, await login(t.app, LOGIN_OF[role]));
  await makeRealIds();
  if (process.env.FUZZ_PROFILE) process.stderr.write(`${Math.round(performance.now() - started)} ms app and data\n`);
  ({ operations, document } = await loadOperations(t.app));
  // Every error the application logs goes through Nest's Logger (the exception filter's 'Unhandled error' included).
  for (const logger of [NestLogger.prototype, PinoNestLogger.prototype]) {
    vi.spyOn(logger, 'error').mockImplementation(function (...args: unknown[]) {
      errorLogs.push(args);
    });
  }
}, 120_000);
afterAll(async () => {
  vi.restoreAllMocks();
  await t?.close();
});

async function makeRealIds() {
  const merchant = sessions.get(Role.MERCHANT)!;
  const admin = sessions.get(Role.PROVIDER_ADMIN)!;
  const post = async (session: Session, url: string, payload: object) => {
    const response = await t.app.inject({ method: 'POST', url, headers: bearer(session), payload });
    if (response.statusCode >= 300) throw new Error(`${url}: ${response.statusCode} ${response.body}`);
    return response.json();
  };
  // One business for both: a code valid by every check, whatever generated codes the shared support makes.
  const business = { creditCode: COMPLETE_FIELDS.creditCode };
  ids.signedApplication = await signedApplication(t.app, t.prisma, merchant, business);
  const submitted = await submittedApplication(t.app, t.prisma, merchant, 'RuiTong', business);
  ids.submittedApplication = submitted.id;
  ids.submittedDocument = submitted.documents[0]!.id;
  const draft = await createDraft(t.app, merchant, await providerId(t.prisma, 'EasyPOS'));
  ids.draftApplication = draft.id;
  ids.draftDocument = (await upload(t.app, merchant, draft.id, 'BUSINESS_LICENCE', 'licence.pdf', fixture('licence.pdf'))).json().id;
  ids.agreement = (await t.app.inject({ method: 'GET', url: `/api/applications/${ids.signedApplication}/agreement`, headers: bearer(merchant) })).json().id;
  const inDays = (days: number, hour: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10) + `T${String(hour).padStart(2, '0')}:00:00+08:00`;
  ids.installation = (await post(merchant, `/api/applications/${ids.signedApplication}/installation`, { windows: [{ start: inDays(5, 9), end: inDays(5, 12) }, { start: inDays(5, 14), end: inDays(5, 17) }] })).id;
  ids.terminal = (await t.prisma.terminal.findFirstOrThrow({ where: { serialNumber: 'DF-A8-DEMO-000001' } })).id;
  ids.ticket = (await post(merchant, '/api/tickets', { terminalId: ids.terminal, category: 'NETWORK', subject: '交易超时', description: '应答码 98' })).id;
  const attachment = multipartFile('screen.png', fixture('storefront.png'));
  ids.attachment = (await t.app.inject({ method: 'POST', url: `/api/tickets/${ids.ticket}/attachments`, headers: { ...bearer(merchant), ...attachment.headers }, payload: attachment.payload })).json().id;
  ids.troubleshootingSession = (await post(merchant, '/api/troubleshooting/sessions', { terminalId: ids.terminal, category: 'NETWORK' })).id;
  ids.webhook = (await post(admin, '/api/console/webhooks', { url: 'http://127.0.0.1:9/hook', events: ['application.rejected'] })).id;
  ids.staff = (await post(admin, '/api/console/staff/invitations', { email: 'fuzz.support@dongfang-bank.example', displayName: '测试客服', role: 'SUPPORT' })).id;
  ids.easyPos = await providerId(t.prisma, 'EasyPOS');
  ids.dongfang = await providerId(t.prisma, 'Dongfang');
  ids.notification = (await t.prisma.notification.findFirstOrThrow({ where: { userId: merchant.user.id } })).id;
  ids.technician = sessions.get(Role.TECHNICIAN)!.user.id;
  ids.support = sessions.get(Role.SUPPORT)!.user.id;
}

/** Which real id (or value) fills a path parameter: by the route's path, most specific rule first. */
const PATH_VALUES: [RegExp, string, () => string][] = [
  [/^\/api\/console\/applications\/\{id\}\/documents/, 'documentId', () => ids.submittedDocument!],
  [/^\/api\/console\/applications\//, 'id', () => ids.submittedApplication!],
  [/^\/api\/applications\/\{id\}\/(agreement|installation)/, 'id', () => ids.signedApplication!],
  [/^\/api\/applications\//, 'id', () => ids.draftApplication!],
  [/^\/api\/applications\//, 'applicationId', () => ids.draftApplication!],
  [/documents\/\{documentId\}/, 'documentId', () => ids.draftDocument!],
  [/documents\/\{documentType\}/, 'documentType', () => 'BUSINESS_LICENCE'],
  [/agreements\/\{id\}/, 'id', () => ids.agreement!],
  [/(installations|jobs)\/\{id\}/, 'id', () => ids.installation!],
  [/terminals\/\{id\}/, 'id', () => ids.terminal!],
  [/tickets\/\{id\}/, 'id', () => ids.ticket!],
  [/attachments\/\{attachmentId\}/, 'attachmentId', () => ids.attachment!],
  [/webhooks\/\{id\}/, 'id', () => ids.webhook!],
  [/notifications\/\{id\}/, 'id', () => ids.notification!],
  [/sessions\/\{id\}/, 'id', () => ids.troubleshootingSession!],
  [/admin\/providers\/\{id\}/, 'id', () => ids.easyPos!],
  [/staff\/\{id\}/, 'id', () => ids.staff!],
  [/modules\/\{module\}/, 'module', () => 'CHECKING_CARDS'],
  [/calendar\/\{date\}/, 'date', () => '2027-01-04'],
  [/\{category\}/, 'category', () => 'NETWORK'],
  [/export\/\{file\}/, 'file', () => 'funnel.csv'],
];

function realPathValue(operation: Operation, param: string): string | undefined {
  return PATH_VALUES.find(([pattern, name]) => name === param && pattern.test(operation.path))?.[2]();
}

/** A path parameter: mostly the real id, sometimes a random uuid, now and then something hostile. */
function pathArbitrary(operation: Operation): fc.Arbitrary<string> {
  if (operation.pathParams.length === 0) return fc.constant(operation.path);
  const perParam = operation.pathParams.map((param) => {
    const real = realPathValue(operation, param);
    return fc.oneof(
      { weight: 8, arbitrary: real ? fc.constant(real) : fc.uuid() },
      { weight: 1, arbitrary: fc.uuid() },
      { weight: 1, arbitrary: fc.oneof(hostileString, fc.constantFrom(...EXTREME_DATES)).map(percentEncode).filter((value) => value.length > 0) },
    );
  });
  return fc.tuple(...perParam).map((values) => operation.pathParams.reduce((path, param, index) => path.replace(`{${param}}`, values[index]!), operation.path));
}

function headersFor(operation: Operation): Record<string, string> {
  if (operation.access === 'public') return {};
  const role = operation.access[0] ?? Role.MERCHANT;
  return bearer(sessions.get(role)!);
}

/** Field names whose plausible value is a real id of the test's data. */
const REAL_FIELD_VALUES: Record<string, () => unknown> = {
  terminalId: () => ids.terminal,
  providerId: () => ids.dongfang,
  technicianId: () => ids.technician,
  assigneeId: () => ids.support,
  attachmentIds: () => [ids.attachment],
};

const futureInstant = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10) + 'T10:00:00+08:00';

/** A value the schema would accept, from its examples, enums and bounds: the body hostile values are put into. */
function plausible(schema: SchemaObject | undefined, name = '', depth = 0): unknown {
  const resolved = resolveSchema(document, schema);
  if (name in REAL_FIELD_VALUES) return REAL_FIELD_VALUES[name]!();
  if (resolved.enum?.length) return resolved.enum[0];
  if (resolved.example !== undefined) {
    if (typeof resolved.example === 'string' && /^\d{4}-\d{2}-\d{2}T/.test(resolved.example)) return futureInstant(name === 'end' ? 3.1 : 3);
    return resolved.example;
  }
  if (resolved.default !== undefined) return resolved.default;
  if (resolved.properties || resolved.type === 'object') {
    if (depth > 6) return {};
    return Object.fromEntries(Object.entries(resolved.properties ?? {}).map(([key, child]) => [key, plausible(child, key, depth + 1)]));
  }
  switch (resolved.type) {
    case 'array':
      return depth > 6 ? [] : [plausible(resolved.items, name, depth + 1)];
    case 'integer':
    case 'number':
      return resolved.minimum ?? 1;
    case 'boolean':
      return true;
    default:
      if (resolved.format === 'uuid') return randomUUID();
      if (resolved.format === 'date-time') return futureInstant(3);
      return '测试';
  }
}

/** Paths to every field of a body schema (into arrays through their first element), to aim hostile values at. */
function fieldPaths(schema: SchemaObject | undefined, prefix: (string | number)[] = [], depth = 0): (string | number)[][] {
  const resolved = resolveSchema(document, schema);
  if (depth > 6) return [];
  if (resolved.properties) {
    return Object.entries(resolved.properties).flatMap(([key, child]) => [[...prefix, key], ...fieldPaths(child, [...prefix, key], depth + 1)]);
  }
  if (resolved.type === 'array') return [[...prefix, 0], ...fieldPaths(resolved.items, [...prefix, 0], depth + 1)];
  return [];
}

function setAt(target: unknown, path: (string | number)[], value: unknown): unknown {
  if (path.length === 0) return value;
  const [head, ...rest] = path;
  const container = (Array.isArray(target) ? [...target] : target && typeof target === 'object' ? { ...target } : typeof head === 'number' ? [] : {}) as Record<string | number, unknown>;
  Object.defineProperty(container, head!, { value: setAt(container[head!], rest, value), enumerable: true, writable: true, configurable: true });
  return container;
}

const CONTENT_TYPES = fc.oneof(
  { weight: 12, arbitrary: fc.constant('application/json') },
  { weight: 1, arbitrary: fc.constantFrom('application/json; charset=utf-8', 'application/json; charset=utf-16', 'text/plain', 'application/x-www-form-urlencoded', 'application/xml', 'multipart/form-data', 'application/JSON', '') },
);

/** Bodies for a JSON route: its plausible body with one or two fields made hostile, random objects, or raw text. */
function bodyArbitrary(operation: Operation): fc.Arbitrary<{ payload: string; contentType: string }> {
  const base = operation.jsonBody ? plausible(operation.jsonBody) : {};
  const paths = operation.jsonBody ? fieldPaths(operation.jsonBody) : [];
  const names = Object.keys(resolveSchema(document, operation.jsonBody).properties ?? {});
  const key = names.length ? fc.oneof(fc.constantFrom(...names), fc.string({ maxLength: 6 })) : fc.string({ maxLength: 6 });
  const candidates: fc.Arbitrary<string>[] = [
    fc.dictionary(key, hostileValue, { maxKeys: 4 }).map((body) => JSON.stringify(body)),
    hostileRawJsonBody,
    fc.constant(JSON.stringify(base)),
  ];
  if (paths.length) {
    const mutation = fc.array(fc.tuple(fc.constantFrom(...paths), hostileValue), { minLength: 1, maxLength: 2 });
    candidates.unshift(mutation.map((changes) => JSON.stringify(changes.reduce((body, [path, value]) => setAt(body, path, value), base))));
  }
  const weighted = candidates.map((arbitrary, index) => ({ arbitrary, weight: index === 0 && paths.length ? 6 : 2 }));
  return fc.record({ payload: fc.oneof(...weighted), contentType: CONTENT_TYPES });
}

/**
 * Query strings: the documented parameters (required ones always) with plausible values, some of them replaced by
 * hostile values, plus repeated and undocumented keys.
 */
function queryArbitrary(operation: Operation): fc.Arbitrary<string> {
  const documented = operation.queryParams.map((param) => param.name);
  const hostileText = fc.oneof({ weight: 3, arbitrary: hostileQueryText }, { weight: 1, arbitrary: hostileCursor.map(percentEncode) });
  const plausibleText = (name: string) => encodeURIComponent(String(plausibleQueryValue(name, operation.queryParams.find((p) => p.name === name)!.schema)));
  const required = operation.queryParams.filter((param) => param.required).map((param) => param.name);
  return fc
    .record({
      present: documented.length ? fc.subarray(documented) : fc.constant([] as string[]),
      replaced: documented.length ? fc.array(fc.tuple(fc.constantFrom(...documented), hostileText), { maxLength: 2 }) : fc.constant([] as [string, string][]),
      extra: fc.array(fc.tuple(documented.length ? fc.oneof(fc.constantFrom(...documented), hostileQueryKey) : hostileQueryKey, hostileText), { maxLength: 3 }),
    })
    .map(({ present, replaced, extra }) => {
      const values = new Map<string, string>([...new Set([...required, ...present])].map((name) => [name, plausibleText(name)]));
      for (const [name, value] of replaced) values.set(name, value);
      return [...values, ...extra].map(([name, value]) => `${name}=${value}`).join('&');
    });
}

function plausibleQueryValue(name: string, schema: SchemaObject): unknown {
  if (name === 'ids') return `${ids.dongfang},${ids.easyPos}`;
  return plausible(schema, name);
}

/** The one error shape, the status its code maps to, and for a 400 the fields it is about. */
function checkAnswer(response: { statusCode: number; body: string; headers: Record<string, unknown> }) {
  expect(response.statusCode, response.body).toBeLessThan(500);
  if (response.statusCode < 400) return;
  let body: { code?: unknown; message?: unknown; details?: { fields?: unknown } };
  try {
    body = JSON.parse(response.body);
  } catch {
    throw new Error(`error without a JSON body: ${response.statusCode} ${response.body.slice(0, 200)}`);
  }
  expect(Object.keys(body).filter((k) => !['code', 'message', 'details'].includes(k)), response.body).toEqual([]);
  expect(Object.values(ErrorCode), response.body).toContain(body.code);
  expect(HTTP_STATUS_OF[body.code as ErrorCode], response.body).toBe(response.statusCode);
  expect(typeof body.message === 'string' && body.message.length > 0, response.body).toBe(true);
  if (body.details !== undefined) expect(typeof body.details === 'object' && body.details !== null && !Array.isArray(body.details), response.body).toBe(true);
  if (body.code === ErrorCode.VALIDATION_FAILED) {
    const fields = body.details?.fields as { field?: unknown; code?: unknown; message?: unknown }[] | undefined;
    expect(Array.isArray(fields) && fields.length > 0, `400 without fields: ${response.body}`).toBe(true);
    for (const field of fields!) {
      // The name of the field as sent: an empty key sent by the client is reported as the empty name it is.
      expect(typeof field.field === 'string', response.body).toBe(true);
      expect(typeof field.code === 'string' && typeof field.message === 'string', response.body).toBe(true);
    }
  }
}

/**
 * Runs a property per operation, first on its `examples` (the cases of the classes that apply to it, so they are
 * tried on every run whatever the random draws), and collects every operation's failure so one run reports them all.
 */
async function fuzzEach<Ts extends [unknown, ...unknown[]]>(selected: Operation[], property: (operation: Operation) => fc.IAsyncProperty<Ts>, numRuns: number, examples: (operation: Operation) => Ts[] = () => []) {
  const failures: string[] = [];
  for (const operation of selected) {
    const started = performance.now();
    const cases = examples(operation);
    // fast-check counts examples among its runs: the random ones come on top.
    const result = await fc.check(property(operation), { numRuns: cases.length + numRuns, seed, endOnFailure: true, examples: cases });
    if (process.env.FUZZ_PROFILE) process.stderr.write(`${Math.round(performance.now() - started)} ms ${operation.method} ${operation.path} (${cases.length} examples)\n`);
    if (result.failed) failures.push(`${operation.method} ${operation.path} (seed ${result.seed}, path ${result.counterexamplePath}): ${JSON.stringify(result.counterexample)?.slice(0, 600)}\n  ${String((result.errorInstance as Error)?.message ?? result.errorInstance).slice(0, 600)}`);
  }
  return failures;
}

const realPath = (operation: Operation) => operation.pathParams.reduce((path, param) => path.replace(`{${param}}`, realPathValue(operation, param) ?? randomUUID()), operation.path);
const cursorOf = (at: string) => Buffer.from(JSON.stringify([at, randomUUID()])).toString('base64url');
const isDateLike = (name: string, schema: SchemaObject) => /^(from|to|date|start|end)$|At$|On$|Date$/.test(name) || schema.format === 'date' || schema.format === 'date-time';
/** The extreme dates of the issue, as a day and as an instant. */
const EXTREMES = ['0000-01-01', '+275760-09-13', '-271821-04-20', '2026-02-31', '0000-01-01T00:00:00Z', '+275760-09-13T00:00:00.000Z', '-271821-04-20T00:00:00.000Z'];

/** Queries every GET is tried with: each documented parameter holding NUL, a lone surrogate, an extreme date or cursor. */
function queryExamples(operation: Operation): [string, string][] {
  const path = realPath(operation);
  const required = operation.queryParams.filter((p) => p.required).map((p) => [p.name, encodeURIComponent(String(plausibleQueryValue(p.name, p.schema)))] as const);
  const withValue = (name: string, value: string) => [...new Map([...required, [name, value]])].map(([k, v]) => `${k}=${v}`).join('&');
  const examples: [string, string][] = [[path, 'x=%00'], [path, `x=${percentEncode('\ud800')}`]];
  for (const { name, schema } of operation.queryParams) {
    examples.push([path, withValue(name, '%00')], [path, withValue(name, '%ED%A0%80')], [path, withValue(name, `1&${name}=2`)]);
    if (name === 'cursor') for (const at of EXTREMES) examples.push([path, withValue(name, cursorOf(at))]);
    else if (isDateLike(name, schema)) for (const at of EXTREMES) examples.push([path, withValue(name, encodeURIComponent(at))]);
  }
  return examples;
}

/**
 * Bodies every write is tried with: not an object, too deep, every field at once of a wrong shape, and each field
 * where a class of the issue applies (dates, URLs, nested objects) holding its extreme cases.
 */
function bodyExamples(operation: Operation): [string, { payload: string; contentType: string }][] {
  const path = realPath(operation);
  const json = (payload: string) => [path, { payload, contentType: 'application/json' }] as [string, { payload: string; contentType: string }];
  const examples = ['null', '[[{}]]', '"a string"', '{"a":', '{"__proto__":{"x":1}}', '{"x":"\\u0000"}', '{"x":"\\ud800"}', '{"a":'.repeat(5000) + '1' + '}'.repeat(5000)].map(json);
  if (!operation.jsonBody) return examples;
  const base = plausible(operation.jsonBody);
  const paths = fieldPaths(operation.jsonBody);
  const topLevel = paths.filter((fieldPath) => fieldPath.length === 1);
  for (const wrong of [null, {}, [[{}]], { constructor: [' '] }, '\u0000', 'x\ud800', 1e308, '123']) {
    examples.push(json(JSON.stringify(topLevel.reduce((body, fieldPath) => setAt(body, fieldPath, wrong), base))));
  }
  for (const fieldPath of paths) {
    const name = String(fieldPath.filter((part) => typeof part === 'string').at(-1));
    const schema = schemaAt(operation.jsonBody, fieldPath);
    const values: unknown[] = [];
    if (isDateLike(name, schema) || (typeof schema.example === 'string' && /^\d{4}-\d{2}-\d{2}/.test(schema.example))) values.push(...EXTREMES);
    if (schema.format === 'uri' || /url/i.test(name)) values.push(...ODD_URLS);
    if (schema.properties || schema.type === 'array') values.push([], [[]], [[{}]], {});
    for (const value of values) examples.push(json(JSON.stringify(setAt(base, fieldPath, value))));
  }
  return examples;
}

function schemaAt(schema: SchemaObject | undefined, path: (string | number)[]): SchemaObject {
  let current = resolveSchema(document, schema);
  for (const part of path) current = resolveSchema(document, typeof part === 'number' ? current.items : current.properties?.[part]);
  return current;
}

/** Multipart bodies every upload route is tried with: the broken ones of the issue, and PDFs with active content. */
function multipartExamples(operation: Operation): [string, RawMultipart][] {
  const path = realPath(operation);
  const file = (bytes: Buffer) => multipartFile('a.pdf', bytes);
  return [
    { contentType: 'multipart/form-data', payload: Buffer.from('--b\r\n') },
    { contentType: 'multipart/form-data; boundary=', payload: Buffer.from('--b\r\n') },
    { contentType: 'multipart/form-data; boundary=b', payload: Buffer.from('--b\r\nContent-Disposition: form-data; name="file"; filename="a.pdf"\r\n\r\n%PDF-1.4 abc') },
    { contentType: 'multipart/form-data; boundary=b', payload: Buffer.alloc(0) },
    { contentType: 'multipart/mixed; boundary=b', payload: Buffer.from('--b--\r\n') },
    ...[file(cleanPdf()), file(activePdf('/JavaScript')), file(activePdf('objectStream')), file(Buffer.alloc(0))].map(({ payload, headers }) => ({ payload, contentType: headers['content-type'] })),
  ].map((body) => [path, body]);
}

describe('every endpoint under hostile input', () => {
  it('covers the whole document: every operation has its role, and every path parameter a value', () => {
    expect(operations.length).toBeGreaterThan(100);
    expect(operations.filter((o) => o.method === 'GET').length).toBeGreaterThan(50);
    for (const operation of operations) {
      expect(operation.access === 'public' || operation.access.every((role) => sessions.has(role)), operation.operationId).toBe(true);
    }
  });

  it('answers hostile query strings on every GET without a 5xx, in the one error shape', async () => {
    const gets = operations.filter((o) => o.method === 'GET' && !o.path.startsWith('/api/docs'));
    const failures = await fuzzEach(
      gets,
      (operation) =>
        fc.asyncProperty(pathArbitrary(operation), queryArbitrary(operation), async (path, query) => {
          const response = await t.app.inject({ method: 'GET', url: query ? `${path}?${query}` : path, headers: headersFor(operation) });
          checkAnswer(response);
        }),
      RUNS.get,
      queryExamples,
    );
    expect(failures, failures.join('\n')).toEqual([]);
  }, 120_000);

  it('answers broken multipart on every upload route without a 5xx, in the one error shape', async () => {
    const uploads = operations.filter((o) => o.multipart);
    expect(uploads.map((o) => o.operationId).sort()).toEqual(['AgreementsController_verify', 'ConsoleTicketsController_upload', 'DocumentsController_upload', 'MerchantTicketsController_upload']);
    const failures = await fuzzEach(
      uploads,
      (operation) =>
        fc.asyncProperty(pathArbitrary(operation), hostileMultipart, async (path, { contentType, payload }) => {
          const response = await t.app.inject({ method: 'POST', url: path, payload, headers: { ...headersFor(operation), 'content-type': contentType } });
          checkAnswer(response);
        }),
      RUNS.multipart,
      multipartExamples,
    );
    expect(failures, failures.join('\n')).toEqual([]);
  }, 120_000);

  it('answers hostile bodies on every POST, PUT and PATCH without a 5xx, in the one error shape', async () => {
    const writes = operations.filter((o) => ['POST', 'PUT', 'PATCH'].includes(o.method) && !o.multipart);
    const failures = await fuzzEach(
      writes,
      (operation) =>
        fc.asyncProperty(pathArbitrary(operation), bodyArbitrary(operation), async (path, { payload, contentType }) => {
          const headers: Record<string, string> = { ...headersFor(operation) };
          if (contentType) headers['content-type'] = contentType;
          const response = await t.app.inject({ method: operation.method, url: path, payload, headers });
          checkAnswer(response);
        }),
      RUNS.body,
      bodyExamples,
    );
    expect(failures, failures.join('\n')).toEqual([]);
  }, 120_000);

  it('logged no unhandled error for any of it', () => {
    const withStack = (arg: unknown): unknown => {
      const err = arg instanceof Error ? arg : (arg as { err?: unknown } | null)?.err;
      return err instanceof Error ? `${String(err.stack).slice(0, 1500)}` : arg;
    };
    expect(errorLogs.map((args) => args.map(withStack))).toEqual([]);
  });
});

describe('the OpenAPI document', () => {
  it("lists every field of every route's query DTO as a query parameter, and no parameter the DTO does not have", () => {
    const withQuery = operations.filter((operation) => operation.queryDtoFields.length > 0);
    expect(withQuery.length).toBeGreaterThan(15);
    const undocumented = withQuery.flatMap((o) => o.queryDtoFields.filter((field) => !o.queryParams.some((p) => p.name === field)).map((field) => `${o.method} ${o.path} ?${field}`));
    expect(undocumented).toEqual([]);
    const phantom = operations.flatMap((o) => o.queryParams.filter((p) => !o.queryDtoFields.includes(p.name)).map((p) => `${o.method} ${o.path} ?${p.name}`));
    expect(phantom).toEqual([]);
  });
});
