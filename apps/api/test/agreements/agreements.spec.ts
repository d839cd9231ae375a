import { createHash } from 'node:crypto';
import { ErrorCode } from '@pos/shared';
import { PDFDocument } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { submittedApplication } from '../support/applications.js';
import { bearer, login, type Session } from '../support/http.js';
import { multipartFile } from '../support/multipart.js';
import { pdfText } from '../support/pdf-reader.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

let t: TestApp;
let merchant: Session;
let otherMerchant: Session;
let reviewer: Session;
let admin: Session;

beforeAll(async () => {
  t = await createTestApp();
  merchant = await login(t.app, '13800138000');
  await t.app.inject({ method: 'POST', url: '/api/auth/register', payload: { loginName: '13922223333', password: 'Othershop2026', displayName: '赵老板' } });
  otherMerchant = await login(t.app, '13922223333', 'Othershop2026');
  reviewer = await login(t.app, 'reviewer@dongfang-bank.example');
  admin = await login(t.app, 'admin@dongfang-bank.example');
});
afterAll(async () => {
  await t?.close();
});

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');
const get = (session: Session | undefined, url: string) => t.app.inject({ method: 'GET', url, headers: session ? bearer(session) : {} });
const post = (session: Session | undefined, url: string, payload?: object) => t.app.inject({ method: 'POST', url, headers: session ? bearer(session) : {}, ...(payload ? { payload } : {}) });

/** An application taken through review to AGREEMENT_SENT; returns the merchant's view of its agreement. */
async function approvedAgreement() {
  const application = await submittedApplication(t.app, t.prisma, merchant, 'Dongfang');
  const claimed = (await post(reviewer, `/api/console/applications/${application.id}/claim`)).json();
  for (const document of claimed.documents) await post(reviewer, `/api/console/applications/${application.id}/documents/${document.id}/decision`, { decision: 'ACCEPTED' });
  expect((await post(reviewer, `/api/console/applications/${application.id}/approve`, {})).json().status).toBe('AGREEMENT_SENT');
  const agreement = await get(merchant, `/api/applications/${application.id}/agreement`);
  expect(agreement.statusCode).toBe(200);
  return agreement.json();
}

const signBody = (agreement: { documentSha256: string; fees: { lines: { key: string }[] } }, overrides: Record<string, unknown> = {}) => ({
  signedName: '王小明',
  documentSha256: agreement.documentSha256,
  acknowledgedFeeLines: agreement.fees.lines.map((l) => l.key),
  acceptTerms: true,
  ...overrides,
});

describe('the generated agreement', () => {
  it('is served byte for byte as recorded, with the merchant and every fee line of the frozen schedule', async () => {
    const agreement = await approvedAgreement();
    expect(agreement).toMatchObject({ status: 'SENT', merchantName: '王记便利店', templateVersion: 1, replaces: null, fees: { version: 1 } });
    expect(agreement.fees.lines.map((l: { key: string }) => l.key)).toEqual(['DEBIT_CARD', 'CREDIT_CARD', 'WECHAT_PAY', 'ALIPAY', 'UNIONPAY_QUICKPASS']);
    const file = await get(merchant, agreement.documentUrl);
    expect(file.statusCode).toBe(200);
    expect(file.headers['content-type']).toBe('application/pdf');
    expect(sha256(file.rawPayload)).toBe(agreement.documentSha256);
    expect(file.rawPayload.length).toBeLessThan(1024 * 1024);
    expect((await PDFDocument.load(file.rawPayload)).getPageCount()).toBe(2);
    const text = pdfText(file.rawPayload);
    for (const expected of ['王记便利店', '91330', '手续费标准', '借记卡', '0.50%，单笔封顶 ¥25.00', '信用卡', '0.60%', '微信支付', '支付宝', '云闪付', '0.38%', agreement.reference, '622************0123']) {
      expect(text).toContain(expected);
    }
    expect(text).not.toContain('6222021234567890123');
    expect((await get(reviewer, agreement.documentUrl)).statusCode).toBe(200);
  });
});

describe('signing', () => {
  it('refuses a wrong name, a missing acknowledgement, unaccepted terms and a stale document, and changes nothing', async () => {
    const agreement = await approvedAgreement();
    const url = `/api/agreements/${agreement.id}/sign`;
    const wrongName = await post(merchant, url, signBody(agreement, { signedName: '王小红' }));
    expect(wrongName.statusCode).toBe(400);
    expect(wrongName.json().details.fields).toEqual([expect.objectContaining({ field: 'signedName', code: 'signerNameMismatch' })]);
    const missingLine = await post(merchant, url, signBody(agreement, { acknowledgedFeeLines: ['DEBIT_CARD', 'CREDIT_CARD'] }));
    expect(missingLine.json().details.fields).toEqual([expect.objectContaining({ field: 'acknowledgedFeeLines', code: 'acknowledgementRequired' })]);
    const noTerms = await post(merchant, url, signBody(agreement, { acceptTerms: false }));
    expect(noTerms.json().details.fields).toEqual([expect.objectContaining({ field: 'acceptTerms' })]);
    const stale = await post(merchant, url, signBody(agreement, { documentSha256: 'a'.repeat(64) }));
    expect(stale.statusCode).toBe(409);
    expect(stale.json().code).toBe(ErrorCode.AGREEMENT_CHANGED);
    expect((await t.prisma.agreement.findUniqueOrThrow({ where: { id: agreement.id } })).status).toBe('SENT');
  });

  it("refuses another merchant (404) and provider staff (403)", async () => {
    const agreement = await approvedAgreement();
    expect((await post(otherMerchant, `/api/agreements/${agreement.id}/sign`, signBody(agreement))).statusCode).toBe(404);
    expect((await get(otherMerchant, agreement.documentUrl)).statusCode).toBe(404);
    expect((await get(otherMerchant, `/api/applications/${agreement.applicationId}/agreement`)).statusCode).toBe(404);
    expect((await post(reviewer, `/api/agreements/${agreement.id}/sign`, signBody(agreement))).statusCode).toBe(403);
    expect((await post(undefined, `/api/agreements/${agreement.id}/sign`, signBody(agreement))).statusCode).toBe(401);
  });

  it('records the evidence, is countersigned into an executed PDF, signs the application, and cannot be signed twice', async () => {
    const agreement = await approvedAgreement();
    const signed = await t.app.inject({
      method: 'POST',
      url: `/api/agreements/${agreement.id}/sign`,
      headers: { ...bearer(merchant), 'user-agent': 'Mozilla/5.0 (merchant test)' },
      payload: signBody(agreement, { signedName: ' 王小明 ' }),
    });
    expect(signed.statusCode).toBe(200);
    expect(signed.json()).toMatchObject({ status: 'MERCHANT_SIGNED', merchantSignedName: '王小明' });
    const row = await t.prisma.agreement.findUniqueOrThrow({ where: { id: agreement.id } });
    expect(row).toMatchObject({ merchantSignedUserAgent: 'Mozilla/5.0 (merchant test)', signedDocumentSha256: agreement.documentSha256 });
    expect(row.merchantSignedIp).toBeTruthy();
    expect(row.acknowledgements).toEqual({ feeLines: agreement.fees.lines.map((l: { key: string }) => l.key), terms: true });
    const twice = await post(merchant, `/api/agreements/${agreement.id}/sign`, signBody(agreement));
    expect(twice.statusCode).toBe(409);
    expect(twice.json().code).toBe(ErrorCode.INVALID_TRANSITION);

    expect((await post(reviewer, `/api/console/agreements/${agreement.id}/countersign`)).statusCode).toBe(403);
    expect((await post(await login(t.app, 'admin@ruitong-pay.example'), `/api/console/agreements/${agreement.id}/countersign`)).statusCode).toBe(404);
    const countersigned = await post(admin, `/api/console/agreements/${agreement.id}/countersign`);
    expect(countersigned.statusCode).toBe(200);
    expect(countersigned.json()).toMatchObject({ status: 'COUNTERSIGNED', countersignedBy: '孙主管' });
    expect((await t.prisma.application.findUniqueOrThrow({ where: { id: agreement.applicationId } })).status).toBe('SIGNED');

    const final = await get(merchant, countersigned.json().finalUrl);
    expect(sha256(final.rawPayload)).toBe(countersigned.json().finalSha256);
    expect((await PDFDocument.load(final.rawPayload)).getPageCount()).toBe(3);
    const text = pdfText(final.rawPayload);
    expect(text).toContain('签署页');
    expect(text).toContain(agreement.documentSha256);
    expect(text).toContain('Mozilla/5.0 (merchant test)');
    expect((await post(admin, `/api/console/agreements/${agreement.id}/countersign`)).statusCode).toBe(409);
  });
});

describe('verification', () => {
  const verify = (bytes: Buffer) => {
    const { payload, headers } = multipartFile('agreement.pdf', bytes);
    return t.app.inject({ method: 'POST', url: '/api/agreements/verify', headers, payload });
  };

  it('recognises the executed and the unsigned agreement, masks the merchant, and rejects a one-byte change', async () => {
    const agreement = await approvedAgreement();
    await post(merchant, `/api/agreements/${agreement.id}/sign`, signBody(agreement));
    const done = (await post(admin, `/api/console/agreements/${agreement.id}/countersign`)).json();
    const final = (await get(merchant, done.finalUrl)).rawPayload;

    const genuine = await verify(final);
    expect(genuine.statusCode).toBe(200);
    expect(genuine.json()).toMatchObject({ genuine: true, kind: 'EXECUTED', agreement: { reference: agreement.reference, providerName: '东方商业银行', merchantName: '王***店', status: 'COUNTERSIGNED' } });
    expect(genuine.body).not.toContain('王记便利店');

    const unsigned = (await get(merchant, agreement.documentUrl)).rawPayload;
    expect((await verify(unsigned)).json()).toMatchObject({ genuine: true, kind: 'UNSIGNED' });

    const altered = Buffer.from(final);
    const middle = Math.floor(altered.length / 2);
    altered[middle] = altered[middle]! ^ 0x01;
    const forged = await verify(altered);
    expect(forged.statusCode).toBe(200);
    expect(forged.json()).toMatchObject({ genuine: false, kind: null, agreement: null });
  });
});

describe('fee changes before signature', () => {
  it('regenerates the unsigned agreement with the new fees, tells the merchant why, and refuses the old document', async () => {
    const first = await approvedAgreement();
    const published = await post(admin, '/api/console/provider/fee-schedules', {
      monthlyFeeFen: 0,
      deviceFeeFen: 1000,
      notes: '2027 年起借记卡费率下调',
      rates: [
        { channel: 'DEBIT_CARD', rateBps: 45, capFen: 2000 },
        { channel: 'CREDIT_CARD', rateBps: 58, capFen: null },
        { channel: 'WECHAT_PAY', rateBps: 38, capFen: null },
      ],
    });
    expect(published.statusCode).toBe(201);

    const stale = await post(merchant, `/api/agreements/${first.id}/sign`, signBody(first));
    expect(stale.statusCode).toBe(409);
    expect(stale.json().code).toBe(ErrorCode.AGREEMENT_CHANGED);

    const current = (await get(merchant, `/api/applications/${first.applicationId}/agreement`)).json();
    expect(current.id).not.toBe(first.id);
    expect(current.replaces).toEqual({ reference: first.reference, reason: 'FEE_SCHEDULE_CHANGED', previousFeeVersion: first.fees.version });
    expect(current.fees.lines.map((l: { key: string }) => l.key)).toEqual(['DEBIT_CARD', 'CREDIT_CARD', 'WECHAT_PAY', 'DEVICE_FEE']);
    expect(pdfText((await get(merchant, current.documentUrl)).rawPayload)).toContain('0.45%，单笔封顶 ¥20.00');
    expect((await t.prisma.agreement.findUniqueOrThrow({ where: { id: first.id } })).status).toBe('VOID');

    const signed = await post(merchant, `/api/agreements/${current.id}/sign`, signBody(current));
    expect(signed.statusCode).toBe(200);
  });
});

describe('agreement templates', () => {
  it('publishes a new version and refuses unknown placeholders', async () => {
    const bad = await post(admin, '/api/console/provider/agreement-templates', { title: '协议', body: '甲方 {{providerName}} 乙方 {{password}}' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().details.fields[0]).toMatchObject({ field: 'body', code: 'unknownPlaceholder' });
    const good = await post(admin, '/api/console/provider/agreement-templates', { title: '{{providerName}} 服务协议（2027 版）', body: '甲方 {{providerName}} 与乙方 {{merchantName}} 约定……' });
    expect(good.statusCode).toBe(201);
    expect(good.json().version).toBeGreaterThanOrEqual(2);
    expect((await get(reviewer, '/api/console/provider/agreement-templates')).statusCode).toBe(403);
  });
});
