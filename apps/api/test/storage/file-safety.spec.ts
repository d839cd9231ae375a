import { createHash } from 'node:crypto';
import { existsSync, readdirSync } from 'node:fs';
import { type AddressInfo, connect } from 'node:net';
import { join } from 'node:path';
import { ErrorCode } from '@pos/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FileStorage } from '../../src/core/storage/file-storage.js';
import { StoredFiles } from '../../src/core/storage/stored-files.js';
import { createDraft, providerId, submittedApplication, upload } from '../support/applications.js';
import { bearer, login, type Session } from '../support/http.js';
import { fixture } from '../support/multipart.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

let t: TestApp;
let merchant: Session;
let reviewer: Session;
let admin: Session;
let port: number;

beforeAll(async () => {
  t = await createTestApp();
  merchant = await login(t.app, '13800138000');
  reviewer = await login(t.app, 'reviewer@dongfang-bank.example');
  admin = await login(t.app, 'admin@dongfang-bank.example');
  await t.app.listen({ port: 0, host: '127.0.0.1' });
  port = (t.app.getHttpServer().address() as AddressInfo).port;
});
afterAll(async () => t?.close());

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');
const get = (session: Session, url: string) => t.app.inject({ method: 'GET', url, headers: bearer(session) });
const post = (session: Session, url: string, payload: object = {}) => t.app.inject({ method: 'POST', url, headers: bearer(session), payload });
const contentFile = (hash: string) => join(t.dataDir, 'files', hash.slice(0, 2), hash.slice(2, 4), hash);
const temporaries = () => {
  const folder = join(t.dataDir, 'files', 'tmp');
  return existsSync(folder) ? readdirSync(folder) : [];
};

/** An application of the demo merchant at 东方商业银行 taken through review; returns its agreement as the merchant sees it. */
async function sentAgreement() {
  const application = await submittedApplication(t.app, t.prisma, merchant, 'Dongfang');
  const claimed = (await post(reviewer, `/api/console/applications/${application.id}/claim`)).json();
  for (const document of claimed.documents) await post(reviewer, `/api/console/applications/${application.id}/documents/${document.id}/decision`, { decision: 'ACCEPTED' });
  await post(reviewer, `/api/console/applications/${application.id}/approve`);
  return (await get(merchant, `/api/applications/${application.id}/agreement`)).json();
}

async function merchantSignedAgreement() {
  const agreement = await sentAgreement();
  const signed = await post(merchant, `/api/agreements/${agreement.id}/sign`, {
    signedName: '王小明',
    documentSha256: agreement.documentSha256,
    acknowledgedFeeLines: agreement.fees.lines.map((line: { key: string }) => line.key),
    acceptTerms: true,
  });
  expect(signed.statusCode).toBe(200);
  return signed.json();
}

/** Uploads `bytes` as a document of a new draft and deletes it again, as a merchant trying to free the bytes would. */
async function uploadAndDelete(received: Buffer) {
  const bytes = Buffer.from(received);
  const draft = await createDraft(t.app, merchant, await providerId(t.prisma, 'RuiTong'));
  const uploaded = await upload(t.app, merchant, draft.id, 'BUSINESS_LICENCE', 'agreement.pdf', bytes);
  expect(uploaded.statusCode).toBe(201);
  expect(uploaded.json().sha256).toBe(sha256(bytes));
  const removed = await t.app.inject({ method: 'DELETE', url: `/api/applications/${draft.id}/documents/${uploaded.json().id}`, headers: bearer(merchant) });
  expect(removed.statusCode).toBe(204);
}

describe('stored bytes an agreement refers to', () => {
  it('survive a merchant uploading the same bytes as a document and deleting it, before and after execution', async () => {
    const agreement = await sentAgreement();
    const pdf = (await get(merchant, agreement.documentUrl)).rawPayload;
    expect(sha256(pdf)).toBe(agreement.documentSha256);

    await uploadAndDelete(pdf);
    const again = await get(merchant, agreement.documentUrl);
    expect(again.statusCode).toBe(200);
    expect(sha256(again.rawPayload)).toBe(agreement.documentSha256);
    const signed = await post(merchant, `/api/agreements/${agreement.id}/sign`, {
      signedName: '王小明',
      documentSha256: agreement.documentSha256,
      acknowledgedFeeLines: agreement.fees.lines.map((line: { key: string }) => line.key),
      acceptTerms: true,
    });
    expect(signed.statusCode).toBe(200);

    const executed = await post(admin, `/api/console/agreements/${agreement.id}/countersign`);
    expect(executed.statusCode).toBe(200);
    const finalPdf = (await get(merchant, executed.json().finalUrl)).rawPayload;
    await uploadAndDelete(finalPdf);
    await uploadAndDelete(pdf);
    const final = await get(merchant, executed.json().finalUrl);
    expect(final.statusCode).toBe(200);
    expect(sha256(final.rawPayload)).toBe(executed.json().finalSha256);
    expect((await get(merchant, agreement.documentUrl)).statusCode).toBe(200);
  });

  it('are refused deletion by the database itself, whatever code asks', async () => {
    const agreement = await sentAgreement();
    await expect(t.prisma.storedFile.delete({ where: { sha256: agreement.documentSha256 } })).rejects.toThrow();
    expect(await t.app.get(StoredFiles).releaseIfUnreferenced(agreement.documentSha256)).toBe(false);
    expect((await get(merchant, agreement.documentUrl)).statusCode).toBe(200);
  });
});

describe('writers racing', () => {
  it('let exactly one of 20 parallel countersignatures win, the others 409, and the executed PDF stays intact', async () => {
    const agreement = await merchantSignedAgreement();
    const responses = await Promise.all(Array.from({ length: 20 }, () => post(admin, `/api/console/agreements/${agreement.id}/countersign`)));
    const statuses = responses.map((r) => r.statusCode).sort();
    expect(statuses.filter((s) => s === 200)).toHaveLength(1);
    expect(statuses.filter((s) => s === 409)).toHaveLength(19);
    for (const response of responses.filter((r) => r.statusCode === 409)) expect([ErrorCode.INVALID_TRANSITION, ErrorCode.CONFLICT]).toContain(response.json().code);

    const view = (await get(admin, `/api/agreements/${agreement.id}`)).json();
    expect(view.status).toBe('COUNTERSIGNED');
    const final = await get(merchant, view.finalUrl);
    expect(final.statusCode).toBe(200);
    expect(sha256(final.rawPayload)).toBe(view.finalSha256);
    expect(await t.prisma.auditEvent.count({ where: { entityId: agreement.id, action: 'COUNTERSIGNED' } })).toBe(1);
    expect(temporaries()).toEqual([]);
  });

  it('keep one current document when 20 uploads reach one slot at once', async () => {
    const draft = await createDraft(t.app, merchant, await providerId(t.prisma, 'RuiTong'));
    const files = Array.from({ length: 20 }, (_, i) => Buffer.concat([fixture('storefront.png'), Buffer.from(`variant ${i}`)]));
    const responses = await Promise.all(files.map((bytes, i) => upload(t.app, merchant, draft.id, 'STOREFRONT_PHOTO', `shop-${i}.png`, bytes)));
    expect(responses.map((r) => r.statusCode)).toEqual(Array(20).fill(201));
    expect(await t.prisma.applicationDocument.count({ where: { applicationId: draft.id, documentType: 'STOREFRONT_PHOTO', replacedAt: null } })).toBe(1);
    const view = (await get(merchant, `/api/applications/${draft.id}`)).json();
    expect(view.documents.filter((d: { documentType: string }) => d.documentType === 'STOREFRONT_PHOTO')).toHaveLength(1);
    expect(temporaries()).toEqual([]);
  });

  it('store the same bytes uploaded by 10 merchants at the same moment once, and answer every one 201', async () => {
    const merchants: Session[] = [];
    for (let i = 0; i < 10; i++) {
      const mobile = `139${String(Date.now()).slice(-4)}${1000 + i}`;
      const registered = await t.app.inject({ method: 'POST', url: '/api/auth/register', payload: { loginName: mobile, password: 'Samebytes2026', displayName: `商户${i}` } });
      expect(registered.statusCode).toBe(201);
      merchants.push(await login(t.app, mobile, 'Samebytes2026'));
    }
    const ruiTong = await providerId(t.prisma, 'RuiTong');
    const drafts = await Promise.all(merchants.map((session) => createDraft(t.app, session, ruiTong)));
    const bytes = Buffer.concat([fixture('licence.jpg'), Buffer.from(`shared ${Date.now()}`)]);
    const responses = await Promise.all(drafts.map((draft, i) => upload(t.app, merchants[i]!, draft.id, 'BUSINESS_LICENCE', 'licence.jpg', bytes)));
    expect(responses.map((r) => r.statusCode)).toEqual(Array(10).fill(201));
    expect(await t.prisma.storedFile.count({ where: { sha256: sha256(bytes) } })).toBe(1);
    for (const [i, response] of responses.entries()) {
      const download = await get(merchants[i]!, response.json().downloadUrl);
      expect(sha256(download.rawPayload)).toBe(sha256(bytes));
    }
  });
});

/**
 * Streams an endless multipart body over a raw connection (chunked, or with the declared headers), 64 KB at a time
 * with backpressure, and resolves with the response status and how many bytes had been handed to the socket when the
 * answer came. A raw socket, because an HTTP client gives up on the response once the server stops reading.
 */
function streamUntilAnswered(path: string, headers: Record<string, string>, session?: Session): Promise<{ status: number; sentBytes: number; body: string }> {
  const boundary = 'pos-endless';
  const declared = 'content-length' in headers;
  const head = [
    `POST ${path} HTTP/1.1`,
    `Host: 127.0.0.1:${port}`,
    `Content-Type: multipart/form-data; boundary=${boundary}`,
    ...(declared ? [] : ['Transfer-Encoding: chunked']),
    ...Object.entries({ ...(session ? bearer(session) : {}), ...headers }).map(([name, value]) => `${name}: ${value}`),
    '',
    '',
  ].join('\r\n');
  const framed = (bytes: Buffer) => (declared ? bytes : Buffer.concat([Buffer.from(`${bytes.length.toString(16)}\r\n`), bytes, Buffer.from('\r\n')]));
  const partHead = Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="big.pdf"\r\nContent-Type: application/pdf\r\n\r\n%PDF-1.7\n`);
  const chunk = framed(Buffer.alloc(64 * 1024, 0x41));
  return new Promise((resolve) => {
    let sentBytes = 0;
    let response = '';
    let answeredAt: number | null = null;
    const socket = connect({ host: '127.0.0.1', port });
    socket.setEncoding('latin1');
    socket.on('data', (data: string) => {
      response += data;
      answeredAt ??= sentBytes;
    });
    // The server closing its side while we still write is expected: that is how it stops a body it will not read.
    socket.on('error', () => undefined);
    socket.on('close', () => {
      const [statusLine = '', ...rest] = response.split('\r\n');
      const body = rest.join('\r\n').split('\r\n\r\n').slice(1).join('\r\n\r\n');
      resolve({ status: Number(statusLine.split(' ')[1] ?? 0), sentBytes: answeredAt ?? sentBytes, body: Buffer.from(body, 'latin1').toString('utf8') });
    });
    const pump = () => {
      while (answeredAt === null && !socket.destroyed && sentBytes < 1024 ** 3) {
        sentBytes += chunk.length;
        if (!socket.write(chunk)) return void socket.once('drain', pump);
      }
      if (answeredAt === null) socket.end();
    };
    socket.on('connect', () => {
      socket.write(head);
      socket.write(framed(partHead));
      pump();
    });
  });
}

describe('oversized uploads', () => {
  it('refuse a 1 GB chunked stream with 413 within the first 16 MB, close the connection and leave no file', async () => {
    const draft = await createDraft(t.app, merchant, await providerId(t.prisma, 'RuiTong'));
    const result = await streamUntilAnswered(`/api/applications/${draft.id}/documents/BUSINESS_LICENCE`, {}, merchant);
    expect(result.status).toBe(413);
    expect(result.body).toContain(ErrorCode.PAYLOAD_TOO_LARGE);
    expect(result.sentBytes).toBeLessThan(16 * 1024 * 1024);
    expect(temporaries()).toEqual([]);
    expect(await t.prisma.applicationDocument.count({ where: { applicationId: draft.id } })).toBe(0);
  });

  it('refuse a declared 1 GB body before reading it, also on the public verify endpoint', async () => {
    const draft = await createDraft(t.app, merchant, await providerId(t.prisma, 'RuiTong'));
    for (const [path, session] of [[`/api/applications/${draft.id}/documents/BUSINESS_LICENCE`, merchant], ['/api/agreements/verify', undefined]] as const) {
      const result = await streamUntilAnswered(path, { 'content-length': String(1024 ** 3) }, session);
      expect(result.status).toBe(413);
      expect(result.sentBytes).toBeLessThan(16 * 1024 * 1024);
    }
  });

  it('cut a chunked stream at the limit on the public verify endpoint too', async () => {
    const result = await streamUntilAnswered('/api/agreements/verify', {});
    expect(result.status).toBe(413);
    expect(result.sentBytes).toBeLessThan(16 * 1024 * 1024);
  });
});

describe(StoredFiles.name, () => {
  it('sweeps bytes nothing refers to and old temporaries, and keeps referenced and recent files', async () => {
    const sut = t.app.get(StoredFiles);
    const referenced = await sut.stageBytes(Buffer.from(`referenced ${Date.now()}`), 'application/pdf');
    const draft = await createDraft(t.app, merchant, await providerId(t.prisma, 'RuiTong'));
    // Bytes promoted by a transaction that then failed are released at once; bytes at their address without a row
    // are what a crash between promoting and committing leaves, for the sweeper.
    const failed = await sut.stageBytes(Buffer.from(`failed ${Date.now()}`), 'application/pdf');
    await expect(sut.storeWith(failed, () => Promise.reject(new Error('refused')))).rejects.toThrow('refused');
    expect(existsSync(contentFile(failed.sha256))).toBe(false);
    const orphan = await sut.stageBytes(Buffer.from(`orphan ${Date.now()}`), 'application/pdf');
    await t.app.get(FileStorage).promote(orphan.temporaryKey, orphan.sha256);
    await sut.storeWith(referenced, (tx) =>
      tx.applicationDocument.create({ data: { applicationId: draft.id, documentType: 'STOREFRONT_PHOTO', fileSha256: referenced.sha256, originalName: 'x.pdf', uploadedById: merchant.user.id } }),
    );
    const leftover = await sut.stageBytes(Buffer.from('a temporary a crashed request left'), 'application/pdf');

    expect(existsSync(contentFile(orphan.sha256))).toBe(true);
    await sut.sweep(new Date());
    expect(existsSync(contentFile(orphan.sha256))).toBe(true);
    expect(temporaries()).toContain(leftover.temporaryKey);
    const later = new Date(Date.now() + 2 * 60 * 60_000);
    const swept = await sut.sweep(later);
    expect(swept.temporaries).toBeGreaterThanOrEqual(1);
    expect(temporaries()).not.toContain(leftover.temporaryKey);
    expect(swept.contents).toBeGreaterThanOrEqual(1);
    expect(existsSync(contentFile(referenced.sha256))).toBe(true);
    expect(existsSync(contentFile(orphan.sha256))).toBe(false);
  });
});
