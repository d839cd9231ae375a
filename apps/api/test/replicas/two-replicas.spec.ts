import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { ErrorCode, type TicketDetail } from '@pos/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BusinessCalendar, chinaDate } from '../../src/core/calendar/business-calendar.js';
import { submittedApplication } from '../support/applications.js';
import { bearer, login, type Session } from '../support/http.js';
import { type Replicas, startReplicas } from '../support/replicas.js';
import { type S3TestServer, startS3Server } from '../support/s3-server.js';
import type { TestApp } from '../support/test-app.js';
import { caller, liveTerminal, until } from '../tickets/support.js';
import { startSmtpServer } from '../support/smtp-server.js';

/**
 * Issue 15: N replicas on one PostgreSQL and one S3-compatible bucket must agree. Each describe starts its own pair
 * (its own database) on the file's one S3 server, with the environment its concern needs.
 */

const closers: (() => Promise<unknown>)[] = [];
afterAll(async () => {
  for (const close of closers.reverse()) await close().catch(() => undefined);
});

/** One S3-compatible server for the file: every pair of replicas stores its files there, as production replicas do. */
let s3: S3TestServer | undefined;

async function replicas(env: Record<string, string> = {}): Promise<Replicas> {
  if (!s3) {
    const started = await startS3Server();
    s3 = started;
    closers.unshift(() => started.close());
  }
  const pair = await startReplicas({ ...s3.env, ...env });
  closers.push(() => pair.close());
  return pair;
}

/** Opens a ticket on one replica for a fresh live terminal of the merchant signed in there. */
async function openTicket(t: TestApp, merchant: Session, subject: string): Promise<TicketDetail> {
  const terminalId = await liveTerminal(t.prisma, merchant.user.id);
  const response = await caller(t.app)(merchant, 'POST', '/api/tickets', { terminalId, category: 'PRINTER', subject, description: '两台实例测试' });
  expect(response.statusCode, response.body).toBe(201);
  return response.json();
}

describe('rate limits', () => {
  let r: Replicas;
  beforeAll(async () => {
    // The account lockout (per login name and address) would answer first; this is about the request limit alone.
    r = await replicas({ AUTH_RATE_LIMIT_PER_MINUTE: '5', LOGIN_MAX_FAILURES: '20' });
  });

  it('holds the sign-in limit across both replicas: the 6th attempt is refused whichever one it reaches', async () => {
    const attempt = (t: TestApp) => t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { loginName: '13911112222', password: 'Wrongpass2026' } });
    const responses = [];
    // A, B, A, B, A: five attempts, at most three on either replica, each under the limit of 5 on its own.
    for (let i = 0; i < 7; i++) responses.push(await attempt(i % 2 === 0 ? r.a : r.b));
    expect(responses.map((response) => response.statusCode)).toEqual([401, 401, 401, 401, 401, 429, 429]);
    const [sixth, seventh] = [responses[5]!, responses[6]!];
    expect(sixth.json().code).toBe(ErrorCode.TOO_MANY_REQUESTS);
    // The block lasts the throttler's minute from the 6th attempt; both replicas report the one block.
    expect(Number(sixth.headers['retry-after'])).toBeGreaterThan(55);
    expect(Number(sixth.headers['retry-after'])).toBeLessThanOrEqual(60);
    expect(Math.abs(Number(seventh.headers['retry-after']) - Number(sixth.headers['retry-after']))).toBeLessThanOrEqual(1);
    // Other endpoints keep their own counters: the limit is per endpoint and client address.
    expect((await r.b.app.inject({ method: 'GET', url: '/api/providers' })).statusCode).not.toBe(429);
  });
});

describe('business calendar', () => {
  let r: Replicas;
  beforeAll(async () => {
    r = await replicas();
  });

  it("uses a correction made on one replica for the very next deadline the other stores", async () => {
    // Signed in on B, used on both (see startReplicas).
    const ops = await login(r.b.app, 'ops@pos-portal.example');
    const merchant = await login(r.b.app, '13800138000');
    const calendarOfB = r.b.app.get(BusinessCalendar);

    // B stores a first-response deadline; its Beijing day D is a business day by B's loaded calendar.
    const first = await openTicket(r.b, merchant, '打印机卡纸 1');
    const firstDue = new Date(first.sla.firstResponseDueAt!);
    const day = chinaDate(firstDue);

    // The platform admin declares D a holiday on A.
    const put = await caller(r.a.app)(ops, 'PUT', `/api/admin/calendar/${day}`, { isWorkday: false, name: '临时休假' });
    expect(put.statusCode, put.body).toBe(200);
    // B has not reloaded by itself: its synchronous view still has D as a workday...
    expect(calendarOfB.isWorkday(day)).toBe(true);

    // ...yet the next deadline B stores already skips D.
    const second = await openTicket(r.b, merchant, '打印机卡纸 2');
    const row = await r.b.prisma.ticket.findUniqueOrThrow({ where: { id: second.id } });
    expect(chinaDate(row.firstResponseDueAt!)).not.toBe(day);
    expect(row.firstResponseDueAt!.getTime()).toBeGreaterThan(new Date(`${day}T23:59:59.999+08:00`).getTime());
    expect(calendarOfB.isWorkday(day)).toBe(false);

    // The correction, its audit row and the revision that told B committed together.
    expect(await r.a.prisma.auditEvent.count({ where: { entityType: 'BusinessCalendar', action: 'CALENDAR_DAY_SET', actorId: ops.user.id } })).toBe(1);
    expect((await r.a.prisma.calendarRevision.findUniqueOrThrow({ where: { id: 1 } })).revision).toBeGreaterThan(0);

    // Dropping the correction on A is likewise seen by B at its next computation.
    expect((await caller(r.a.app)(ops, 'PUT', `/api/admin/calendar/${day}`, { isWorkday: true, name: null })).statusCode).toBe(200);
    await calendarOfB.current();
    expect(calendarOfB.isWorkday(day)).toBe(true);
  });
});

/** A local SMTP server that accepts everything and keeps each message. */
async function smtpServer() {
  const smtp = await startSmtpServer();
  closers.push(() => smtp.close());
  return smtp;
}

describe('jobs and emails', () => {
  it('sends each queued email once, though both replicas work the queue', async () => {
    const smtp = await smtpServer();
    const r = await replicas({ SMTP_URL: smtp.url });
    const since = new Date();
    const merchant = await login(r.b.app, '13800138000');
    // Six tickets, three opened on each replica; each queues its ticket.opened emails (outbox rows + email.send jobs).
    for (let i = 0; i < 6; i++) await openTicket(i % 2 === 0 ? r.a : r.b, merchant, `打印机卡纸 ${i}`);

    const where = { type: 'ticket.opened', createdAt: { gte: since } };
    const queued = await r.a.prisma.outboxEmail.count({ where });
    expect(queued).toBeGreaterThanOrEqual(6);
    await until(async () => (await r.a.prisma.outboxEmail.count({ where: { ...where, status: 'SENT' } })) === queued, 30_000);
    // Give a second delivery, if there were one, the time to happen: workers poll every second.
    await new Promise((resolve) => setTimeout(resolve, 2_500));

    const rows = await r.a.prisma.outboxEmail.findMany({ where, select: { status: true, attempts: true } });
    expect(rows.every((row) => row.status === 'SENT' && row.attempts === 1)).toBe(true);
    expect(smtp.received).toHaveLength(queued);
    const jobs = await r.a.prisma.$queryRaw<{ state: string; retries: number }[]>`
      SELECT state::text AS state, retry_count AS retries FROM pgboss.job WHERE name = 'email.send' AND created_on >= ${since}`;
    expect(jobs).toHaveLength(queued);
    expect(jobs.every((job) => job.state === 'completed' && job.retries === 0)).toBe(true);
  }, 60_000);
});

describe('files on shared S3-compatible storage', () => {
  let r: Replicas;
  beforeAll(async () => {
    r = await replicas();
  });

  it('serves, reviews and signs on one replica what a merchant uploaded through the other', async () => {
    const merchant = await login(r.a.app, '13800138000');
    const reviewer = await login(r.b.app, 'reviewer@dongfang-bank.example');
    const admin = await login(r.b.app, 'admin@dongfang-bank.example');
    const onA = caller(r.a.app);
    const onB = caller(r.b.app);

    // Uploaded through A (submittedApplication uploads every required document on the app it is given).
    const application = await submittedApplication(r.a.app, r.a.prisma, merchant, 'Dongfang');
    const documents = (await onB(reviewer, 'POST', `/api/console/applications/${application.id}/claim`)).json().documents as { id: string; sha256: string; downloadUrl: string }[];
    expect(documents.length).toBeGreaterThan(0);
    for (const document of documents) {
      const download = await r.b.app.inject({ method: 'GET', url: document.downloadUrl, headers: bearer(reviewer) });
      expect(download.statusCode).toBe(200);
      expect(createHash('sha256').update(download.rawPayload).digest('hex')).toBe(document.sha256);
      expect((await onB(reviewer, 'POST', `/api/console/applications/${application.id}/documents/${document.id}/decision`, { decision: 'ACCEPTED' })).statusCode).toBe(200);
    }
    expect((await onB(reviewer, 'POST', `/api/console/applications/${application.id}/approve`)).json().status).toBe('AGREEMENT_SENT');

    // Generated on B, read and signed by the merchant on A, countersigned on B, the executed PDF read on A.
    const agreement = (await onA(merchant, 'GET', `/api/applications/${application.id}/agreement`)).json();
    const pdf = await r.a.app.inject({ method: 'GET', url: agreement.documentUrl, headers: bearer(merchant) });
    expect(createHash('sha256').update(pdf.rawPayload).digest('hex')).toBe(agreement.documentSha256);
    const signed = await onA(merchant, 'POST', `/api/agreements/${agreement.id}/sign`, {
      signedName: '王小明',
      documentSha256: agreement.documentSha256,
      acknowledgedFeeLines: agreement.fees.lines.map((line: { key: string }) => line.key),
      acceptTerms: true,
    });
    expect(signed.statusCode, signed.body).toBe(200);
    const executed = await onB(admin, 'POST', `/api/console/agreements/${agreement.id}/countersign`);
    expect(executed.statusCode, executed.body).toBe(200);
    const final = await r.a.app.inject({ method: 'GET', url: executed.json().finalUrl, headers: bearer(merchant) });
    expect(final.statusCode).toBe(200);
    expect(createHash('sha256').update(final.rawPayload).digest('hex')).toBe(executed.json().finalSha256);

    // A range of the executed PDF, as a phone's viewer asks for it, from the other replica.
    const range = await r.b.app.inject({ method: 'GET', url: executed.json().finalUrl, headers: { ...bearer(admin), range: 'bytes=0-7' } });
    expect(range.statusCode).toBe(206);
    expect(range.rawPayload.toString('latin1')).toMatch(/^%PDF-1\.\d$/);
    expect(range.headers['content-range']).toMatch(/^bytes 0-7\/\d+$/);

    // Nothing of this is on either replica's own disk: both read the bucket.
    expect(existsSync(join(r.a.dataDir, 'files'))).toBe(false);
    expect(existsSync(join(r.b.dataDir, 'files'))).toBe(false);
  });
});
