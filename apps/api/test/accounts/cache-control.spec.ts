import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { completeApplication, createDraft, providerId } from '../support/applications.js';
import { bearer, login, type Session } from '../support/http.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

/*
 * Answers that carry a session (an access token) or a secret (a plaintext ID number, a personal profile) must not be
 * kept by the browser's cache, a shared proxy or the back button: Cache-Control: no-store.
 */

let t: TestApp;
let merchant: Session;
beforeAll(async () => {
  t = await createTestApp();
  merchant = await login(t.app, '13800138000');
});
afterAll(async () => t?.close());

describe('Cache-Control: no-store on answers that carry a session or a secret', () => {
  it('marks GET /api/me and PATCH /api/me', async () => {
    const read = await t.app.inject({ method: 'GET', url: '/api/me', headers: bearer(merchant) });
    expect(read.statusCode).toBe(200);
    expect(read.headers['cache-control']).toBe('no-store');
    const update = await t.app.inject({ method: 'PATCH', url: '/api/me', headers: bearer(merchant), payload: { locale: 'zh-CN' } });
    expect(update.statusCode).toBe(200);
    expect(update.headers['cache-control']).toBe('no-store');
  });

  it('marks the register, login and refresh answers, which carry the access token', async () => {
    const registered = await t.app.inject({ method: 'POST', url: '/api/auth/register', payload: { loginName: '13511112222', password: 'Cacheless2026', displayName: 'C' } });
    expect(registered.statusCode).toBe(201);
    expect(registered.headers['cache-control']).toBe('no-store');
    const loggedIn = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { loginName: '13511112222', password: 'Cacheless2026' } });
    expect(loggedIn.statusCode).toBe(200);
    expect(loggedIn.headers['cache-control']).toBe('no-store');
    const refreshed = await t.app.inject({ method: 'POST', url: '/api/auth/refresh', headers: { cookie: (await login(t.app, '13511112222', 'Cacheless2026')).refreshCookie } });
    expect(refreshed.statusCode).toBe(200);
    expect(refreshed.headers['cache-control']).toBe('no-store');
  });

  it('marks the accept-invitation answer', async () => {
    const provider = await providerId(t.prisma, 'Dongfang');
    await t.prisma.user.create({
      data: { role: 'SUPPORT', email: 'cache@dongfang-bank.example', displayName: 'C', providerId: provider, passwordHash: null, invitationTokenHash: createHash('sha256').update('cache-token').digest('hex'), invitationExpiresAt: new Date(Date.now() + 86_400_000) },
    });
    const accepted = await t.app.inject({ method: 'POST', url: '/api/auth/accept-invitation', payload: { token: 'cache-token', password: 'Invited2026ok' } });
    expect(accepted.statusCode).toBe(200);
    expect(accepted.headers['cache-control']).toBe('no-store');
  });

  it("marks the reviewer's reveal answer, which carries a plaintext ID number", async () => {
    const draft = await createDraft(t.app, merchant, await providerId(t.prisma, 'Dongfang'));
    await completeApplication(t.app, merchant, draft);
    expect((await t.app.inject({ method: 'POST', url: `/api/applications/${draft.id}/submit`, headers: bearer(merchant) })).statusCode).toBe(200);
    const reviewer = await login(t.app, 'reviewer@dongfang-bank.example');

    const revealed = await t.app.inject({ method: 'POST', url: `/api/console/applications/${draft.id}/reveal`, headers: bearer(reviewer), payload: { field: 'legalRepIdNumber' } });

    expect(revealed.statusCode).toBe(200);
    expect(revealed.headers['cache-control']).toBe('no-store');
  });
});
