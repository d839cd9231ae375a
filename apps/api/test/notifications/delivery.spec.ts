import { createHmac, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WEBHOOK_SIGNATURE_HEADER } from '@pos/shared';
import { afterAll, describe, expect, it } from 'vitest';
import { FieldEncryption } from '../../src/core/crypto/field-encryption.js';
import { isPublicAddress } from '../../src/modules/notifications/webhook-delivery.js';
import { login } from '../support/http.js';
import { createTestApp, type TestApp } from '../support/test-app.js';
import { caller, liveTerminal, until } from '../tickets/support.js';
import { startSmtpServer } from '../support/smtp-server.js';

const closers: (() => Promise<unknown>)[] = [];
afterAll(async () => {
  for (const close of closers.reverse()) await close().catch(() => undefined);
});

async function app(env: Record<string, string>): Promise<TestApp> {
  const t = await createTestApp({ DELIVERY_RETRY_DELAY_SECONDS: '1', ...env });
  closers.push(() => t.close());
  return t;
}

/** A local SMTP server that refuses the first `failures` messages with a temporary error, then accepts. */
async function flakySmtp(failures: number) {
  const smtp = await startSmtpServer(failures);
  closers.push(() => smtp.close());
  return smtp;
}

/** A local webhook receiver answering 500 to the first `failures` requests. */
async function receiver(failures: number) {
  const requests: { headers: IncomingMessage['headers']; body: string }[] = [];
  let seen = 0;
  const server: Server = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
    request.on('end', () => {
      seen += 1;
      requests.push({ headers: request.headers, body });
      response.statusCode = seen <= failures ? 500 : 204;
      response.end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  closers.push(() => new Promise((resolve) => server.close(() => resolve(undefined))));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/pos-hook`, requests };
}

/** The receiver's side of the documented algorithm: HMAC-SHA256 over `${t}.${rawBody}`, constant-time compare. */
function verify(secret: string, header: string, rawBody: string): boolean {
  const parts = Object.fromEntries(header.split(',').map((part) => part.split('=') as [string, string]));
  const expected = createHmac('sha256', secret).update(`${parts['t']}.${rawBody}`).digest();
  const given = Buffer.from(parts['v1'] ?? '', 'hex');
  return given.length === expected.length && timingSafeEqual(given, expected) && Math.abs(Date.now() / 1000 - Number(parts['t'])) < 300;
}

describe('email delivery', () => {
  it('retries a failing SMTP server with backoff and delivers once it recovers, exactly once', async () => {
    const smtp = await flakySmtp(2);
    const t = await app({ SMTP_URL: smtp.url });
    const call = caller(t.app);
    const merchant = await login(t.app, '13800138000');
    const terminalId = await liveTerminal(t.prisma, merchant.user.id);
    await call(merchant, 'POST', '/api/tickets', { terminalId, category: 'PRINTER', subject: '打印机卡纸', description: '清理后仍卡纸' });
    const email = await until(async () => {
      const row = await t.prisma.outboxEmail.findFirst({ where: { toAddress: 'support@dongfang-bank.example', type: 'ticket.opened' } });
      return row?.status === 'SENT' ? row : null;
    }, 30_000);
    expect(email.attempts).toBe(3);
    expect(email.lastError).toBeNull();
    expect(smtp.attempts()).toBe(3);
    expect(smtp.received).toHaveLength(1);
    expect(smtp.received[0]).toContain('To: support@dongfang-bank.example');
    const mailbox = (await call(await login(t.app, 'ops@pos-portal.example'), 'GET', '/api/admin/mailbox')).json();
    expect(mailbox.smtpConfigured).toBe(true);
  }, 60_000);
});

describe('webhooks', () => {
  it('refuses loopback, private and non-http URLs', async () => {
    const t = await app({});
    const call = caller(t.app);
    const admin = await login(t.app, 'admin@dongfang-bank.example');
    for (const url of ['http://127.0.0.1:9/hook', 'http://10.1.2.3/hook', 'http://169.254.169.254/latest/meta-data', 'http://[::1]/hook', 'http://localhost/hook']) {
      const refused = await call(admin, 'POST', '/api/console/webhooks', { url, events: ['ticket.opened'] });
      expect(refused.statusCode, url).toBe(400);
      expect(refused.json().details.fields[0], url).toMatchObject({ field: 'url', code: 'privateAddress' });
    }
    const ftp = await call(admin, 'POST', '/api/console/webhooks', { url: 'ftp://hooks.example.com/x', events: ['ticket.opened'] });
    expect(ftp.json().details.fields[0]).toMatchObject({ field: 'url' });
    expect((await call(admin, 'POST', '/api/console/webhooks', { url: 'https://hooks.example.com/x', events: ['coffee.ready'] })).statusCode).toBe(400);
    expect(await t.prisma.webhookEndpoint.count()).toBe(0);
    expect(['8.8.8.8', '2606:4700:4700::1111'].every(isPublicAddress)).toBe(true);
    expect(['127.0.0.1', '10.0.0.1', '172.16.5.4', '192.168.1.1', '169.254.1.1', '100.64.0.1', '::1', 'fe80::1', 'fc00::1', '::ffff:127.0.0.1', '0.0.0.0'].some(isPublicAddress)).toBe(false);
  });

  it('signs each delivery, retries a receiver that answers 500, logs it, and replays it', async () => {
    const hook = await receiver(1);
    const t = await app({ WEBHOOK_PRIVATE_HOSTS: '127.0.0.1' });
    const call = caller(t.app);
    const admin = await login(t.app, 'admin@dongfang-bank.example');
    const created = await call(admin, 'POST', '/api/console/webhooks', { url: hook.url, events: ['ticket.opened'] });
    expect(created.statusCode, created.body).toBe(201);
    const { id: endpointId, secret } = created.json();
    expect(secret).toMatch(/^whsec_/);
    // The one answer that shows the secret is never kept by a browser or proxy cache.
    expect(created.headers['cache-control']).toBe('no-store');
    const listed = (await call(admin, 'GET', '/api/console/webhooks')).json();
    expect(JSON.stringify(listed)).not.toContain(secret);
    expect((await t.prisma.webhookEndpoint.findUniqueOrThrow({ where: { id: endpointId } })).secretEncrypted).not.toContain(secret);

    const merchant = await login(t.app, '13800138000');
    const terminalId = await liveTerminal(t.prisma, merchant.user.id);
    const ticket = (await call(merchant, 'POST', '/api/tickets', { terminalId, category: 'NETWORK', subject: '交易超时', description: '应答码 98' })).json();
    await until(async () => hook.requests.length >= 2, 30_000);
    const [first, second] = hook.requests;
    for (const request of [first!, second!]) {
      expect(request.headers['x-pos-event']).toBe('ticket.opened');
      expect(verify(secret, String(request.headers[WEBHOOK_SIGNATURE_HEADER]), request.body)).toBe(true);
      expect(verify('whsec_wrong', String(request.headers[WEBHOOK_SIGNATURE_HEADER]), request.body)).toBe(false);
    }
    expect(JSON.parse(second!.body)).toMatchObject({ event: 'ticket.opened', data: { ticketId: ticket.id, reference: ticket.reference } });
    const deliveries = await until(async () => {
      const body = (await call(admin, 'GET', `/api/console/webhooks/${endpointId}/deliveries`)).json();
      return body.items[0]?.status === 'SENT' ? body : null;
    });
    expect(deliveries.items[0]).toMatchObject({ event: 'ticket.opened', attempts: 2, lastStatusCode: 204 });

    const replayed = await call(admin, 'POST', `/api/console/webhooks/${endpointId}/deliveries/${deliveries.items[0].id}/replay`);
    expect(replayed.statusCode).toBe(201);
    expect(replayed.json()).toMatchObject({ replayOfId: deliveries.items[0].id, event: 'ticket.opened' });
    await until(async () => hook.requests.length >= 3);
    expect(JSON.parse(hook.requests[2]!.body).data).toEqual(JSON.parse(second!.body).data);

    // Tenancy and roles.
    const foreign = await login(t.app, 'admin@ruitong-pay.example');
    expect((await call(foreign, 'GET', `/api/console/webhooks/${endpointId}/deliveries`)).statusCode).toBe(404);
    expect((await call(foreign, 'POST', `/api/console/webhooks/${endpointId}/deliveries/${deliveries.items[0].id}/replay`)).statusCode).toBe(404);
    expect((await call(await login(t.app, 'support@dongfang-bank.example'), 'GET', '/api/console/webhooks')).statusCode).toBe(403);
    expect((await call(undefined, 'GET', '/api/console/webhooks')).statusCode).toBe(401);
  }, 60_000);

  it('refuses to deliver to a private address unless the platform admin allows that endpoint', async () => {
    const hook = await receiver(0);
    const t = await app({});
    const call = caller(t.app);
    const admin = await login(t.app, 'admin@dongfang-bank.example');
    const platform = await login(t.app, 'ops@pos-portal.example');
    const providerId = (await t.prisma.user.findFirstOrThrow({ where: { email: 'admin@dongfang-bank.example' } })).providerId!;
    // An endpoint whose host now resolves privately (say, its DNS changed after registration).
    const endpoint = await t.prisma.webhookEndpoint.create({
      data: { providerId, url: hook.url, events: ['ticket.opened'], secretEncrypted: t.app.get(FieldEncryption).encrypt('whsec_test') },
    });
    const merchant = await login(t.app, '13800138000');
    const terminalId = await liveTerminal(t.prisma, merchant.user.id);
    await call(merchant, 'POST', '/api/tickets', { terminalId, category: 'OTHER', subject: '异响', description: '终端有异响' });
    const refused = await until(async () => {
      const row = await t.prisma.webhookDelivery.findFirst({ where: { endpointId: endpoint.id } });
      return row?.status === 'FAILED' ? row : null;
    });
    expect(refused.lastError).toContain('private');
    expect(hook.requests).toHaveLength(0);

    expect((await call(admin, 'PUT', `/api/admin/webhooks/${endpoint.id}/private-network`, { allow: true })).statusCode).toBe(403);
    expect((await call(platform, 'PUT', `/api/admin/webhooks/${endpoint.id}/private-network`, { allow: 'yes' })).statusCode).toBe(400);
    const allowed = await call(platform, 'PUT', `/api/admin/webhooks/${endpoint.id}/private-network`, { allow: true });
    expect(allowed.json()).toMatchObject({ allowPrivateNetwork: true });
    expect((await call(platform, 'GET', '/api/admin/webhooks')).json().items[0]).toMatchObject({ id: endpoint.id, provider: { id: providerId } });
    await call(admin, 'POST', `/api/console/webhooks/${endpoint.id}/deliveries/${refused.id}/replay`);
    await until(async () => hook.requests.length === 1);
  }, 60_000);
});
