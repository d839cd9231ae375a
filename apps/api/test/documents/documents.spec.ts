import { createHash } from 'node:crypto';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { ErrorCode } from '@pos/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMPLETE_FIELDS, completeApplication, createDraft, providerId, upload } from '../support/applications.js';
import { bearer, login, type Session } from '../support/http.js';
import { fixture } from '../support/multipart.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

const MAX_UPLOAD_BYTES = 64 * 1024;

let t: TestApp;
let merchant: Session;
let pay: string;

beforeAll(async () => {
  t = await createTestApp({ MAX_UPLOAD_BYTES: String(MAX_UPLOAD_BYTES) });
  merchant = await login(t.app, '13800138000');
  pay = await providerId(t.prisma, 'RuiTong');
});
afterAll(async () => t?.close());

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');
const storedPath = (hash: string) => join(t.dataDir, 'files', hash.slice(0, 2), hash.slice(2, 4), hash);
const filesOnDisk = (): string[] => {
  const root = join(t.dataDir, 'files');
  if (!existsSync(root)) return [];
  return readdirSync(root, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => e.name);
};

describe('uploading documents', () => {
  it.each([
    ['licence.jpg', 'image/jpeg'],
    ['storefront.png', 'image/png'],
    ['licence.pdf', 'application/pdf'],
  ])('accepts a real %s, detected as %s by its bytes, content-addressed outside the web root', async (name, mimeType) => {
    const draft = await createDraft(t.app, merchant, pay);
    const bytes = fixture(name);
    const response = await upload(t.app, merchant, draft.id, 'BUSINESS_LICENCE', `营业执照-${name}`, bytes);
    expect(response.statusCode).toBe(201);
    expect(response.json()).toMatchObject({ documentType: 'BUSINESS_LICENCE', mimeType, sizeBytes: bytes.length, sha256: sha256(bytes), originalName: `营业执照-${name}` });
    expect(existsSync(storedPath(sha256(bytes)))).toBe(true);

    const download = await t.app.inject({ method: 'GET', url: response.json().downloadUrl, headers: bearer(merchant) });
    expect(download.statusCode).toBe(200);
    expect(download.headers['content-type']).toBe(mimeType);
    expect(download.headers['content-disposition']).toContain(encodeURIComponent('营业执照'));
    expect(sha256(download.rawPayload)).toBe(sha256(bytes));
  });

  it.each([
    ['an executable renamed .pdf', 'contract.pdf', Buffer.concat([Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0]), Buffer.alloc(120, 1)]), 415, ErrorCode.UNSUPPORTED_FILE_TYPE],
    ['a Windows executable renamed .jpg', 'photo.jpg', Buffer.concat([Buffer.from('MZ'), Buffer.alloc(200, 0), Buffer.from('PE\0\0')]), 415, ErrorCode.UNSUPPORTED_FILE_TYPE],
    ['an SVG with a script', 'logo.png', Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'), 415, ErrorCode.UNSUPPORTED_FILE_TYPE],
    ['an HTML page', 'scan.pdf', Buffer.from('<!doctype html><html><body>hi</body></html>'), 415, ErrorCode.UNSUPPORTED_FILE_TYPE],
    ['an empty file', 'empty.pdf', Buffer.alloc(0), 400, ErrorCode.FILE_EMPTY],
  ])('rejects %s with a clear error and stores nothing', async (_label, name, bytes, status, code) => {
    const draft = await createDraft(t.app, merchant, pay);
    const filesBefore = filesOnDisk().length;
    const rowsBefore = await t.prisma.storedFile.count();
    const response = await upload(t.app, merchant, draft.id, 'BUSINESS_LICENCE', name, bytes);
    expect(response.statusCode).toBe(status);
    expect(response.json().code).toBe(code);
    expect(response.json().message).toBeTruthy();
    expect(filesOnDisk()).toHaveLength(filesBefore);
    expect(await t.prisma.storedFile.count()).toBe(rowsBefore);
    expect((await t.app.inject({ method: 'GET', url: `/api/applications/${draft.id}`, headers: bearer(merchant) })).json().documents).toEqual([]);
  });

  it('rejects a file over the size limit with 413 naming the limit, and stores nothing', async () => {
    const draft = await createDraft(t.app, merchant, pay);
    const png = fixture('storefront.png');
    const oversized = Buffer.concat([png, Buffer.alloc(MAX_UPLOAD_BYTES, 7)]);
    const filesBefore = filesOnDisk().length;
    const response = await upload(t.app, merchant, draft.id, 'STOREFRONT_PHOTO', 'big.png', oversized);
    expect(response.statusCode).toBe(413);
    expect(response.json().code).toBe(ErrorCode.PAYLOAD_TOO_LARGE);
    expect(response.json().message).toContain('64 KB');
    expect(filesOnDisk()).toHaveLength(filesBefore);
  });

  it('keeps a path-like name for display only; the file lands under its hash', async () => {
    const draft = await createDraft(t.app, merchant, pay);
    const bytes = fixture('licence.pdf');
    const response = await upload(t.app, merchant, draft.id, 'LEASE_PROOF', '../../../etc/passwd.pdf', bytes);
    expect(response.statusCode).toBe(201);
    expect(response.json().originalName).toBe('passwd.pdf');
    const windows = await upload(t.app, merchant, draft.id, 'LEASE_PROOF', 'C:\\Windows\\..\\租赁合同.pdf', bytes);
    expect(windows.json().originalName).toBe('租赁合同.pdf');
    expect(existsSync(storedPath(sha256(bytes)))).toBe(true);
    expect(existsSync(join(t.dataDir, 'etc'))).toBe(false);
  });

  it('refuses a request without a file part and an unknown document type', async () => {
    const draft = await createDraft(t.app, merchant, pay);
    const noFile = await t.app.inject({ method: 'POST', url: `/api/applications/${draft.id}/documents/BUSINESS_LICENCE`, headers: { ...bearer(merchant), 'content-type': 'application/json' }, payload: {} });
    expect(noFile.statusCode).toBe(400);
    expect(noFile.json().details.fields[0].field).toBe('file');
    const badType = await upload(t.app, merchant, draft.id, 'PASSPORT');
    expect(badType.statusCode).toBe(400);
    expect(badType.json().details.fields[0].field).toBe('documentType');
  });

  it('replaces the current document of a type and deletes one, removing bytes nobody uses', async () => {
    const draft = await createDraft(t.app, merchant, pay);
    const first = (await upload(t.app, merchant, draft.id, 'STOREFRONT_PHOTO', 'a.png', fixture('storefront.png'))).json();
    const second = (await upload(t.app, merchant, draft.id, 'STOREFRONT_PHOTO', 'b.jpg', fixture('licence.jpg'))).json();
    const view = (await t.app.inject({ method: 'GET', url: `/api/applications/${draft.id}`, headers: bearer(merchant) })).json();
    expect(view.documents.map((d: { id: string }) => d.id)).toEqual([second.id]);
    expect(first.id).not.toBe(second.id);

    const unique = Buffer.concat([fixture('licence.pdf'), Buffer.from(`\n% ${draft.id}\n`)]);
    const doc = (await upload(t.app, merchant, draft.id, 'LEASE_PROOF', 'only-here.pdf', unique)).json();
    expect(existsSync(storedPath(doc.sha256))).toBe(true);
    const removed = await t.app.inject({ method: 'DELETE', url: `/api/applications/${draft.id}/documents/${doc.id}`, headers: bearer(merchant) });
    expect(removed.statusCode).toBe(204);
    expect(existsSync(storedPath(doc.sha256))).toBe(false);
    expect(await t.prisma.storedFile.count({ where: { sha256: doc.sha256 } })).toBe(0);
    const again = await t.app.inject({ method: 'DELETE', url: `/api/applications/${draft.id}/documents/${doc.id}`, headers: bearer(merchant) });
    expect(again.statusCode).toBe(404);
  });
});

describe('who may download', () => {
  it("lets the provider's reviewer read submitted documents, and nobody from another provider or support", async () => {
    const draft = await createDraft(t.app, merchant, await providerId(t.prisma, 'Dongfang'));
    await completeApplication(t.app, merchant, draft, { ...COMPLETE_FIELDS, creditCode: '91310000775785552L' });
    const current = (await t.app.inject({ method: 'GET', url: `/api/applications/${draft.id}`, headers: bearer(merchant) })).json();
    const url = current.documents[0].downloadUrl;
    const reviewer = await login(t.app, 'reviewer@dongfang-bank.example');
    const otherReviewer = await login(t.app, 'reviewer@ruitong-pay.example');
    const support = await login(t.app, 'support@dongfang-bank.example');

    expect((await t.app.inject({ method: 'GET', url, headers: bearer(reviewer) })).statusCode).toBe(404); // still a private draft
    expect((await t.app.inject({ method: 'POST', url: `/api/applications/${draft.id}/submit`, headers: bearer(merchant) })).statusCode).toBe(200);
    expect((await t.app.inject({ method: 'GET', url, headers: bearer(reviewer) })).statusCode).toBe(200);
    expect((await t.app.inject({ method: 'GET', url, headers: bearer(otherReviewer) })).statusCode).toBe(404);
    expect((await t.app.inject({ method: 'GET', url, headers: bearer(support) })).statusCode).toBe(403);
    expect((await t.app.inject({ method: 'GET', url })).statusCode).toBe(401);
  });
});

it('never leaves a file on disk without a row, or a row without its file', async () => {
  const rows = await t.prisma.storedFile.findMany({ select: { sha256: true } });
  const onDisk = new Set(filesOnDisk());
  for (const row of rows) expect(onDisk.has(row.sha256)).toBe(true);
  expect(onDisk.size).toBe(rows.length);
});
