import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { EmergencyPlanView } from '@pos/shared';
import { PDFDocument } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { login, type Session } from '../support/http.js';
import { inkOnPage, pagePng, pdfText } from '../support/pdf-reader.js';
import { createTestApp, type TestApp } from '../support/test-app.js';
import { caller } from '../tickets/support.js';

let t: TestApp;
let call: ReturnType<typeof caller>;
let merchant: Session;
let otherMerchant: Session;
let tech: Session;
let bankId: string;
let ruitongId: string;

/** Rendered pages are kept for people to look at (README, reviews). */
const SCREENSHOTS = fileURLToPath(new URL('../../../../docs/screenshots/', import.meta.url));

const PLAN = {
  fallbackPayment: '终端故障时，请顾客扫描收银台上的店铺收款码（微信/支付宝）付款，并在小票本上登记。',
  contacts: [
    { name: '王小明', role: '店长', phone: '13800138000' },
    { name: '李收银', role: '值班收银员', phone: '139 1234 5678' },
  ],
  steps: '重启终端一次，检查电源和网络指示灯\n不要反复刷卡，先查询上一笔交易结果\n改用店铺收款码收款\n拨打服务商客服热线报修，记下工单号',
  providerHotline: '95588-8',
};

beforeAll(async () => {
  t = await createTestApp();
  call = caller(t.app);
  merchant = await login(t.app, '13800138000');
  await t.app.inject({ method: 'POST', url: '/api/auth/register', payload: { loginName: '13977778888', password: 'Othershop2026', displayName: '郑老板' } });
  otherMerchant = await login(t.app, '13977778888', 'Othershop2026');
  tech = await login(t.app, 'tech@dongfang-bank.example');
  bankId = (await t.prisma.provider.findFirstOrThrow({ where: { nameEn: 'Dongfang Commercial Bank' } })).id;
  ruitongId = (await t.prisma.provider.findFirstOrThrow({ where: { nameEn: { startsWith: 'RuiTong' } } })).id;
});
afterAll(async () => {
  await t?.close();
});

/** Text and the share of dark pixels of page 1, and page 1 as a PNG at `dpi` to keep as a screenshot. */
function readBack(pdf: Buffer, dpi = 60): { text: string; ink: number; png: Buffer } {
  return { text: pdfText(pdf), ink: inkOnPage(pdf, 1), png: pagePng(pdf, 1, dpi) };
}

/** Refreshes a picture in docs/screenshots only when asked (UPDATE_SCREENSHOTS=1), so a test run leaves the tree clean. */
function keepScreenshot(png: Buffer, name: string) {
  if (process.env.UPDATE_SCREENSHOTS !== '1') return;
  mkdirSync(SCREENSHOTS, { recursive: true });
  writeFileSync(join(SCREENSHOTS, name), png);
}

describe('providers and hotline', () => {
  it('lists only the providers the merchant has terminals with', async () => {
    const mine = (await call(merchant, 'GET', '/api/prevention/providers')).json().items;
    expect(mine).toEqual([{ id: bankId, name: '东方商业银行', nameEn: 'Dongfang Commercial Bank', contactPhone: expect.any(String) }]);
    expect((await call(otherMerchant, 'GET', '/api/prevention/providers')).json().items).toEqual([]);
    expect((await call(undefined, 'GET', '/api/prevention/providers')).statusCode).toBe(401);
    expect((await call(tech, 'GET', '/api/prevention/providers')).statusCode).toBe(403);
  });
});

describe('emergency plan', () => {
  it('starts blank with the provider’s hotline filled in, saves, and reads back', async () => {
    const bank = await t.prisma.provider.findUniqueOrThrow({ where: { id: bankId } });
    const blank: EmergencyPlanView = (await call(merchant, 'GET', '/api/prevention/emergency-plan')).json();
    expect(blank).toEqual({ saved: false, fallbackPayment: '', contacts: [], steps: '', providerHotline: bank.contactPhone, updatedAt: null });
    expect((await call(otherMerchant, 'GET', '/api/prevention/emergency-plan')).json().providerHotline).toBeNull();

    const saved = await call(merchant, 'PUT', '/api/prevention/emergency-plan', { ...PLAN, contacts: PLAN.contacts.map((c) => ({ ...c, name: ` ${c.name} ` })) });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json()).toMatchObject({ ...PLAN, saved: true, updatedAt: expect.any(String) });
    expect((await call(merchant, 'GET', '/api/prevention/emergency-plan')).json()).toMatchObject(PLAN);
    // Each merchant has their own plan.
    expect((await call(otherMerchant, 'GET', '/api/prevention/emergency-plan')).json().saved).toBe(false);
  });

  it('prints on one A4 page with the Chinese text, and the glyphs drawn', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/prevention/emergency-plan/pdf', headers: { authorization: `Bearer ${merchant.accessToken}` } });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('application/pdf');
    expect(String(response.headers['content-disposition'])).toContain(encodeURIComponent('应急预案.pdf'));
    const pdf = response.rawPayload;
    const parsed = await PDFDocument.load(pdf);
    expect(parsed.getPageCount()).toBe(1);
    const [width, height] = [parsed.getPage(0).getWidth(), parsed.getPage(0).getHeight()];
    expect([Math.round(width), Math.round(height)]).toEqual([595, 842]);
    const { text, ink, png } = readBack(pdf);
    for (const expected of ['POS 终端应急预案', '备用收款方式', '店铺收款码', '王小明', '店长', '13800138000', '95588-8', '收银台处置步骤', '1. 重启终端一次', '4. 拨打服务商客服热线报修']) {
      expect(text).toContain(expected);
    }
    expect(ink).toBeGreaterThan(0.005);
    expect(ink).toBeLessThan(0.4);
    keepScreenshot(png, 'emergency-plan-a4.png');
  });

  it('404 for the PDF before a plan exists; 401; 403; bad bodies are 400 with fields', async () => {
    expect((await call(otherMerchant, 'GET', '/api/prevention/emergency-plan/pdf')).statusCode).toBe(404);
    expect((await call(undefined, 'GET', '/api/prevention/emergency-plan/pdf')).statusCode).toBe(401);
    expect((await call(tech, 'GET', '/api/prevention/emergency-plan/pdf')).statusCode).toBe(403);
    expect((await call(undefined, 'PUT', '/api/prevention/emergency-plan', PLAN)).statusCode).toBe(401);
    expect((await call(tech, 'PUT', '/api/prevention/emergency-plan', PLAN)).statusCode).toBe(403);
    expect((await call(tech, 'GET', '/api/prevention/emergency-plan')).statusCode).toBe(403);

    const bad = await call(merchant, 'PUT', '/api/prevention/emergency-plan', {
      fallbackPayment: '',
      contacts: [{ name: '', role: '店长', phone: 'call me' }],
      steps: 'x'.repeat(1501),
      providerHotline: 'hotline',
    });
    expect(bad.statusCode).toBe(400);
    const fields = bad.json().details.fields.map((f: { field: string; code: string }) => `${f.field}:${f.code}`);
    expect(fields).toEqual(expect.arrayContaining(['fallbackPayment:isNotEmpty', 'contacts.0.name:isNotEmpty', 'contacts.0.phone:isContactPhone', 'steps:maxLength', 'providerHotline:isContactPhone']));
    const tooMany = Array.from({ length: 9 }, (_, i) => ({ name: `联系人${i}`, role: '店员', phone: '13800138000' }));
    for (const body of [{ ...PLAN, contacts: tooMany }, { ...PLAN, contacts: 'nobody' }, { ...PLAN, contacts: [null] }, { ...PLAN, contacts: [[]] }, { ...PLAN, contacts: [['王小明', '店长', '138']] }, { ...PLAN, extra: 1 }, [], null]) {
      expect((await call(merchant, 'PUT', '/api/prevention/emergency-plan', body)).statusCode, JSON.stringify(body)).toBe(400);
    }
    // The saved plan is untouched.
    expect((await call(merchant, 'GET', '/api/prevention/emergency-plan')).json()).toMatchObject(PLAN);
  });
});

describe('customer reminder sign', () => {
  const sign = (session: Session | undefined, query = '') =>
    t.app.inject({ method: 'GET', url: `/api/prevention/reminder-sign${query}`, headers: session ? { authorization: `Bearer ${session.accessToken}` } : {} });

  it('prints A5 and A4 in Chinese and English with the provider’s hotline', async () => {
    const bank = await t.prisma.provider.findUniqueOrThrow({ where: { id: bankId } });
    for (const [size, points, dpi] of [
      ['A5', [420, 595], 80],
      ['A4', [595, 842], 60],
    ] as const) {
      const response = await sign(merchant, `?size=${size}&providerId=${bankId}`);
      expect(response.statusCode, response.body).toBe(200);
      expect(response.headers['content-type']).toBe('application/pdf');
      const pdf = response.rawPayload;
      const parsed = await PDFDocument.load(pdf);
      expect(parsed.getPageCount()).toBe(1);
      expect([Math.round(parsed.getPage(0).getWidth()), Math.round(parsed.getPage(0).getHeight())]).toEqual(points);
      const { text, ink, png } = readBack(pdf, dpi);
      for (const expected of ['请核对银行卡信息', 'Please check your card details', '核对金额', 'Check the amount', '核对卡片', '遮挡密码', 'Shield your PIN', '客服热线', bank.contactPhone, '东方商业银行']) {
        expect(text, `${size}: ${expected}`).toContain(expected);
      }
      expect(ink).toBeGreaterThan(0.01);
      expect(ink).toBeLessThan(0.5);
      keepScreenshot(png, `reminder-sign-${size.toLowerCase()}.png`);
    }
  });

  it('defaults to A5 with every provider of the merchant; another provider is 404', async () => {
    const response = await sign(merchant);
    expect(response.statusCode).toBe(200);
    expect(Math.round((await PDFDocument.load(response.rawPayload)).getPage(0).getWidth())).toBe(420);
    expect(readBack(response.rawPayload).text).toContain('东方商业银行');
    expect((await sign(merchant, `?providerId=${ruitongId}`)).statusCode).toBe(404);
    // A merchant without terminals still gets a sign, without a hotline.
    expect((await sign(otherMerchant)).statusCode).toBe(200);
    expect((await sign(otherMerchant, `?providerId=${bankId}`)).statusCode).toBe(404);
  });

  it('401, 403, and bad queries are 400 with fields', async () => {
    expect((await sign(undefined)).statusCode).toBe(401);
    expect((await sign(tech)).statusCode).toBe(403);
    for (const query of ['?size=A3', '?providerId=bank', '?size=', '?foo=1']) {
      const response = await sign(merchant, query);
      expect(response.statusCode, query).toBe(400);
      expect(response.json().details.fields.length, query).toBeGreaterThan(0);
    }
  });
});
