import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bearer, login, type Session } from '../support/http.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

let t: TestApp;
let support: Session;

/** Three terminals whose names differ only where a LIKE wildcard would blur them. */
beforeAll(async () => {
  t = await createTestApp();
  support = await login(t.app, 'support@dongfang-bank.example');
  const provider = await t.prisma.provider.findFirstOrThrow({ where: { nameEn: { startsWith: 'Dongfang' } }, select: { id: true } });
  const merchant = (name: string, mobile: string) => t.prisma.user.create({ data: { role: 'MERCHANT', displayName: name, mobile, passwordHash: 'x' } });
  const shops = [
    { name: '百分百%老店', serial: 'LIKE-A_1', mobile: '13700000001' },
    { name: '百分百老店', serial: 'LIKE-AB1', mobile: '13700000002' },
    { name: '反斜\\杠店', serial: 'LIKE-Z\\1', mobile: '13700000003' },
  ];
  for (const shop of shops) {
    const owner = await merchant(shop.name, shop.mobile);
    await t.prisma.terminal.create({
      data: { providerId: provider.id, merchantId: owner.id, serialNumber: shop.serial, type: 'TRADITIONAL_POS', model: '联迪 A8', address: '北京', status: 'LIVE' },
    });
  }
});
afterAll(async () => t?.close());

const search = async (q: string): Promise<string[]> => {
  const response = await t.app.inject({ method: 'GET', url: `/api/console/terminals?q=${encodeURIComponent(q)}`, headers: bearer(support) });
  expect(response.statusCode, response.body).toBe(200);
  return response.json().items.map((item: { serialNumber: string }) => item.serialNumber).sort();
};

describe('GET /api/console/terminals?q=', () => {
  it('takes % in the search text literally', async () => {
    expect(await search('百分百%')).toEqual(['LIKE-A_1']);
    expect(await search('%')).toEqual(['LIKE-A_1']);
  });

  it('takes _ in a serial prefix literally', async () => {
    expect(await search('LIKE-A_')).toEqual(['LIKE-A_1']);
    // No serial starts with _ and no name contains one; as a wildcard it would match every terminal.
    expect(await search('_')).toEqual([]);
  });

  it('takes a backslash literally', async () => {
    expect(await search('反斜\\')).toEqual(['LIKE-Z\\1']);
    expect(await search('LIKE-Z\\')).toEqual(['LIKE-Z\\1']);
  });

  it('still finds by serial prefix and by part of a name', async () => {
    expect(await search('like-a')).toEqual(['LIKE-AB1', 'LIKE-A_1']);
    expect(await search('老店')).toEqual(['LIKE-AB1', 'LIKE-A_1']);
  });
});
