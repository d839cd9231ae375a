import { FIELD_RULE_MESSAGES } from '@pos/shared';
import type { LightMyRequestResponse } from 'fastify';
import { expect } from 'vitest';
import type { TestApp } from '../support/test-app.js';

export const DONGFANG = '东方商业银行';
export const RUITONG = '瑞通支付科技有限公司';
export const EASYPOS = '易装 POS 服务有限公司';

/** Demo provider ids by name, read from the cloned database. */
export async function providerIds(t: TestApp): Promise<Record<string, string>> {
  const rows = await t.prisma.provider.findMany({ select: { id: true, name: true } });
  return Object.fromEntries(rows.map((row) => [row.name, row.id]));
}

/** Asserts a 400 VALIDATION_FAILED naming `field` (with `code`, when given) among its field errors. */
export function expectFieldError(response: LightMyRequestResponse, field: string, code?: string): void {
  expect(response.statusCode, response.body).toBe(400);
  const body = response.json() as { code: string; details?: { fields?: { field: string; code: string; message: string }[] } };
  expect(body.code).toBe('VALIDATION_FAILED');
  const fields = body.details?.fields ?? [];
  expect(fields.map((f) => f.field), response.body).toContain(field);
  if (code) expect(fields.filter((f) => f.field === field).map((f) => f.code), response.body).toContain(code);
  // Every rule code is one the web can translate, so no class-validator English leaks into a Chinese form.
  for (const f of fields) expect(Object.keys(FIELD_RULE_MESSAGES['zh-CN']), response.body).toContain(f.code);
}
