// The ticket-desk baseline: a bare node:http server over a plain pg.Pool of the same size as the app's Prisma adapter
// pool (prisma.service.ts: max 20). No framework, no auth, no validation, no ORM: what is left is the cost of the SQL
// and of JSON. The support user's provider and the merchant are fixed at start, standing in for the token.
//
// GET /api/console/tickets?cursor=&limit=  the support queue's default view, the same two steps as
//   TicketsRepository.queuePage (apps/api/src/modules/tickets/tickets.repository.ts): the page's ids from the partial
//   index "Ticket_support_queue", then the rows by id with their terminal, application, merchant and assignee (one
//   joined statement here, one query per relation in Prisma), then the provider's SLA warning times, which the
//   summary's SLA state needs. Same response shape (ticket-views.ts toTicketSummary), order and cursor.
// POST /api/tickets  TicketsService.create/open as plain SQL: the terminal (outside the transaction, as the app),
//   then in one transaction the SLA policy row, INSERT "Ticket", INSERT "AuditEvent", the support staff with their
//   notification preference, INSERT "Notification" and "OutboxEmail" rows, the webhook endpoints subscribed to
//   ticket.opened (none in the bench, so no deliveries), and the SLA-check job, inserted with the
//   very statement pg-boss's send() runs (pg-boss's own plans.insertJobs, into the queue's table). Then the ticket
//   is read back once and answered as a TicketDetail (201). Differences, on purpose:
//   - deadlines are now + target minutes: the baseline skips the business-calendar arithmetic (support hours,
//     holidays), which the app does in memory;
//   - the email text is a fixed sentence instead of the rendered, translated notification;
//   - the read-back is one joined statement; the app re-reads the ticket with all of TICKET_DETAIL (comments, site
//     visits, audit trail, ...), which for a new ticket are empty, and the SLA settings again.
// Keep the SQL in step with the repository when that changes.
import { randomBytes } from 'node:crypto';
import http from 'node:http';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';

// The pg (and pg-boss) the API itself resolves, not whichever a bench folder would find.
const require = createRequire(new URL('../../apps/api/package.json', import.meta.url));
const pg = require('pg');
const { insertJobs } = await import(new URL('dist/plans.js', pathToFileURL(require.resolve('pg-boss/package.json'))).href);

const TIMESTAMP_OID = 1114;
const SLA_CHECK_JOB = 'ticket.sla-check'; // tickets.service.ts
const BOSS_SCHEMA = 'pgboss'; // job-queue.ts
const PAGE_SIZE = 50;
/** DEFAULT_SLA_TARGETS (libs/shared tickets.contract.ts), for priorities a provider has no policy row for. */
const DEFAULT_TARGETS = {
  URGENT: { firstResponseMinutes: 30, resolutionMinutes: 240, warnBeforeMinutes: 15 },
  HIGH: { firstResponseMinutes: 60, resolutionMinutes: 540, warnBeforeMinutes: 30 },
  NORMAL: { firstResponseMinutes: 120, resolutionMinutes: 1080, warnBeforeMinutes: 60 },
  LOW: { firstResponseMinutes: 480, resolutionMinutes: 2700, warnBeforeMinutes: 120 },
};
/** DEFAULT_PRIORITY_OF_CATEGORY (libs/shared). */
const PRIORITY_OF_CATEGORY = {
  PIN_ERROR: 'NORMAL',
  CARD_BLOCKED: 'NORMAL',
  CARD_DAMAGED: 'LOW',
  CARD_EXPIRED: 'LOW',
  SYSTEM_FAULT: 'HIGH',
  NETWORK: 'HIGH',
  PRINTER: 'NORMAL',
  OTHER: 'NORMAL',
};
const REFERENCE_ALPHABET = '23456789ABCDEFGHJKLMNPQRSTUVWXYZ';

/**
 * Step one of queuePage for the default view (provider scope, open statuses, optional keyset cursor), as the app
 * runs it: the tickets with a deadline after the cursor (a row comparison the index seeks to), and, when
 * `undated`, the tickets without a deadline.
 */
export function queueIdsQuery({ providerId, after, limit, undated = false }) {
  const values = [];
  const param = (value) => `$${values.push(value)}`;
  const conditions = [`t."providerId" = ${param(providerId)}::uuid`, `t."status" NOT IN ('RESOLVED', 'CLOSED')`];
  if (undated) conditions.push(after?.slaDueAt === null ? `t."slaDueAt" IS NULL AND t.id > ${param(after.id)}::uuid` : `t."slaDueAt" IS NULL`);
  else conditions.push(after ? `(t."slaDueAt", t.id) > (${param(after.slaDueAt)}, ${param(after.id)}::uuid)` : `t."slaDueAt" IS NOT NULL`);
  const text = `
      SELECT t.id FROM "Ticket" t
      WHERE ${conditions.join(' AND ')}
      ORDER BY t."slaDueAt" ASC NULLS LAST, t.id ASC
      LIMIT ${param(limit)}`;
  return { text, values };
}

/** Both ranges of step one, as TicketsRepository.queuePage runs them. */
async function queueIds(pool, { providerId, after, limit }) {
  let ids = [];
  if (!after || after.slaDueAt !== null) ids = (await pool.query(queueIdsQuery({ providerId, after, limit }))).rows.map((r) => r.id);
  if (ids.length < limit) ids = [...ids, ...(await pool.query(queueIdsQuery({ providerId, after, limit: limit - ids.length, undated: true }))).rows.map((r) => r.id)];
  return ids;
}

/** Step two: the rows by id, with what the summary shows of their relations. */
export const ROWS_BY_ID = `
      SELECT t.id, t.reference, t.status::text AS status, t.priority::text AS priority, t.category::text AS category,
             t."responseCode", t.subject, t.description, t."escalationLevel", t."firstResponseDueAt", t."firstRespondedAt",
             t."resolutionDueAt", t."resolvedAt", t."slaPausedAt", t."firstResponseWarnedAt", t."firstResponseBreachedAt",
             t."resolutionWarnedAt", t."resolutionBreachedAt", t."slaDueAt", t."createdAt", t."updatedAt",
             tm.id AS "terminalId", tm."serialNumber", tm.model, a."businessName",
             m.id AS "merchantId", m."displayName" AS "merchantName", u.id AS "assigneeId", u."displayName" AS "assigneeName"
      FROM "Ticket" t
      JOIN "Terminal" tm ON tm.id = t."terminalId"
      LEFT JOIN "Application" a ON a.id = tm."applicationId"
      JOIN "User" m ON m.id = t."merchantId"
      LEFT JOIN "User" u ON u.id = t."assigneeId"
      WHERE t.id = ANY($1::uuid[])`;

/** The service's cursor (core/http/keyset-cursor.ts: base64url JSON [slaDueAt ISO | null, id]) as queuePage's `after`. */
export function decodeCursor(cursor) {
  const [d, id] = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  // Prisma writes timestamp(3) columns in UTC; send the cursor the same way (no offset for PostgreSQL to drop).
  return { slaDueAt: d === null ? null : new Date(d).toISOString().replace('T', ' ').replace('Z', ''), id };
}

const encodeCursor = (row) => Buffer.from(JSON.stringify([row.slaDueAt?.toISOString() ?? null, row.id])).toString('base64url');

// ticket-sla.ts nextDeadline / slaView.
const nextDeadline = (t) => (t.firstRespondedAt ? t.resolutionDueAt : t.firstResponseDueAt);
function slaView(t, warnBeforeMinutes, now) {
  const done = t.status === 'RESOLVED' || t.status === 'CLOSED';
  const nextDueAt = done ? null : nextDeadline(t);
  const breached = t.firstResponseBreachedAt !== null || t.resolutionBreachedAt !== null;
  let state;
  if (done) state = breached ? 'BREACHED' : 'MET';
  else if (t.slaPausedAt) state = 'PAUSED';
  else if (breached || (nextDueAt !== null && nextDueAt <= now)) state = 'BREACHED';
  else if ((t.firstRespondedAt ? t.resolutionWarnedAt : t.firstResponseWarnedAt) !== null || (nextDueAt !== null && nextDueAt.getTime() - now.getTime() <= warnBeforeMinutes * 60_000)) state = 'AT_RISK';
  else state = 'ON_TRACK';
  const iso = (date) => date?.toISOString() ?? null;
  return {
    firstResponseDueAt: iso(t.firstResponseDueAt),
    firstRespondedAt: iso(t.firstRespondedAt),
    resolutionDueAt: iso(t.resolutionDueAt),
    resolvedAt: iso(t.resolvedAt),
    nextDueAt: iso(nextDueAt),
    state,
    escalationLevel: t.escalationLevel,
  };
}

/** ticket-views.ts toTicketSummary. */
const toSummary = (t, warnBefore, now) => ({
  id: t.id,
  reference: t.reference,
  status: t.status,
  priority: t.priority,
  category: t.category,
  responseCode: t.responseCode,
  subject: t.subject,
  terminal: { id: t.terminalId, serialNumber: t.serialNumber, model: t.model },
  merchant: { id: t.merchantId, displayName: t.merchantName, businessName: t.businessName ?? null },
  assignee: t.assigneeId ? { id: t.assigneeId, displayName: t.assigneeName } : null,
  sla: slaView(t, warnBefore[t.priority], now),
  createdAt: t.createdAt.toISOString(),
  updatedAt: t.updatedAt.toISOString(),
});

/**
 * A reference in the app's format that cannot collide with the app's own: the app draws its six characters from an
 * alphabet without 0 and 1, the baseline's start with a 0, then a per-process prefix and counter.
 */
let referenceCounter = 0;
const referencePrefix = REFERENCE_ALPHABET[randomBytes(1)[0] & 31];
function baselineReference(now) {
  const day = new Date(now.getTime() + 8 * 3_600_000).toISOString().slice(0, 10).replaceAll('-', '');
  let n = referenceCounter++;
  let suffix = '';
  for (let i = 0; i < 4; i++, n >>= 5) suffix = REFERENCE_ALPHABET[n & 31] + suffix;
  return `TK-${day}-0${referencePrefix}${suffix}`;
}

function readBody(req) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    req.on('data', (chunk) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

/** Starts the baseline on 127.0.0.1:port. Returns { pool, close }. */
export async function startTicketsBaselineServer({ databaseUrl, port, providerId, merchantId, poolSize }) {
  const types = {
    // timestamp without time zone holds UTC (as Prisma writes it); pg would read it as local time.
    getTypeParser: (oid, format) => (oid === TIMESTAMP_OID ? (value) => new Date(`${value.replace(' ', 'T')}Z`) : pg.types.getTypeParser(oid, format)),
  };
  const pool = new pg.Pool({ connectionString: databaseUrl, max: poolSize, types });
  pool.on('error', () => undefined); // an idle client losing its server (teardown); requests report their own errors

  // pg-boss keeps a queue's jobs in the table its queue row names (the app created the queue at start-up).
  const queue = (await pool.query(`SELECT table_name, notify FROM ${BOSS_SCHEMA}.queue WHERE name = $1`, [SLA_CHECK_JOB])).rows[0];
  if (!queue) throw new Error(`pg-boss queue ${SLA_CHECK_JOB} not found: start the app first`);
  const insertJobSql = insertJobs(BOSS_SCHEMA, { table: queue.table_name, name: SLA_CHECK_JOB, returnId: true, notify: queue.notify });

  const warnBeforeOf = async (db, id) => {
    const warnBefore = Object.fromEntries(Object.entries(DEFAULT_TARGETS).map(([p, t]) => [p, t.warnBeforeMinutes]));
    for (const row of (await db.query(`SELECT priority::text AS priority, "warnBeforeMinutes" FROM "SlaPolicy" WHERE "providerId" = $1::uuid`, [id])).rows) {
      warnBefore[row.priority] = row.warnBeforeMinutes;
    }
    return warnBefore;
  };

  async function queuePage(url) {
    const limit = Number(url.searchParams.get('limit') ?? PAGE_SIZE);
    const cursor = url.searchParams.get('cursor');
    const ids = await queueIds(pool, { providerId, after: cursor ? decodeCursor(cursor) : undefined, limit: limit + 1 });
    const byId = new Map();
    if (ids.length > 0) for (const row of (await pool.query(ROWS_BY_ID, [ids])).rows) byId.set(row.id, row);
    const rows = ids.map((id) => byId.get(id)).filter(Boolean);
    const warnBefore = await warnBeforeOf(pool, providerId);
    const page = rows.slice(0, limit);
    const now = new Date();
    return {
      items: page.map((row) => toSummary(row, warnBefore, now)),
      nextCursor: rows.length > limit && page.length > 0 ? encodeCursor(page[page.length - 1]) : null,
    };
  }

  async function createTicket(dto) {
    const terminal = (await pool.query(`SELECT id, "providerId" FROM "Terminal" WHERE id = $1::uuid AND "merchantId" = $2::uuid`, [dto.terminalId, merchantId])).rows[0];
    if (!terminal) return [400, { code: 'VALIDATION_FAILED', message: 'terminalId' }];
    const priority = PRIORITY_OF_CATEGORY[dto.category] ?? 'NORMAL';
    const client = await pool.connect();
    let ticketId;
    let policy;
    try {
      await client.query('BEGIN');
      const openedAt = new Date();
      policy =
        (await client.query(`SELECT "firstResponseMinutes", "resolutionMinutes", "warnBeforeMinutes" FROM "SlaPolicy" WHERE "providerId" = $1::uuid AND priority = $2::"TicketPriority"`, [terminal.providerId, priority])).rows[0] ??
        DEFAULT_TARGETS[priority];
      // Plain wall-clock minutes: the baseline skips the business-calendar arithmetic (see the header).
      const firstResponseDueAt = new Date(openedAt.getTime() + policy.firstResponseMinutes * 60_000);
      const resolutionDueAt = new Date(openedAt.getTime() + policy.resolutionMinutes * 60_000);
      const reference = baselineReference(openedAt);
      ticketId = (
        await client.query(
          `INSERT INTO "Ticket" (id, reference, "providerId", "merchantId", "terminalId", category, "responseCode", priority, subject, description,
                                 "firstResponseDueAt", "resolutionDueAt", "slaDueAt", "createdAt", "updatedAt")
           VALUES (gen_random_uuid(), $1, $2::uuid, $3::uuid, $4::uuid, $5::"FaultCategory", $6, $7::"TicketPriority", $8, $9, $10, $11, $10, $12, $12)
           RETURNING id`,
          [reference, terminal.providerId, merchantId, terminal.id, dto.category, dto.responseCode ?? null, priority, dto.subject, dto.description, firstResponseDueAt, resolutionDueAt, openedAt],
        )
      ).rows[0].id;
      await client.query(
        `INSERT INTO "AuditEvent" (id, "entityType", "entityId", "ticketId", "actorId", action, "toStatus", data, "createdAt")
         VALUES (gen_random_uuid(), 'Ticket', $1::uuid, $1::uuid, $2::uuid, 'TICKET_OPENED', 'OPEN', $3::jsonb, now())`,
        [ticketId, merchantId, JSON.stringify({ priority })],
      );
      const staff = (
        await client.query(
          `SELECT u.id, u.email, p."inApp", p.email AS "byEmail"
           FROM "User" u LEFT JOIN "NotificationPreference" p ON p."userId" = u.id AND p.type = 'ticket.opened'
           WHERE u."providerId" = $1::uuid AND u.role = 'SUPPORT' AND u."disabledAt" IS NULL`,
          [terminal.providerId],
        )
      ).rows;
      const data = JSON.stringify({ ticketId, reference });
      const inApp = staff.filter((u) => u.inApp !== false).map((u) => u.id);
      if (inApp.length > 0) {
        await client.query(`INSERT INTO "Notification" (id, "userId", type, data, "createdAt") SELECT gen_random_uuid(), u, 'ticket.opened', $2::jsonb, now() FROM unnest($1::uuid[]) AS u`, [inApp, data]);
      }
      const byEmail = staff.filter((u) => u.email && u.byEmail !== false).map((u) => u.email);
      if (byEmail.length > 0) {
        await client.query(
          `INSERT INTO "OutboxEmail" (id, "toAddress", subject, "bodyText", type, locale, "createdAt")
           SELECT gen_random_uuid(), a, $2, $3, 'ticket.opened', 'zh-CN', now() FROM unnest($1::text[]) AS a`,
          [byEmail, `新工单 ${reference}`, `商户提交了新工单 ${reference}，请在首次响应时限前处理。\n\n此邮件由系统自动发送。`],
        );
      }
      // Notifier.publish: the provider's webhook endpoints for the event. The bench has none, so no deliveries follow.
      await client.query(`SELECT id FROM "WebhookEndpoint" WHERE "providerId" = $1::uuid AND active AND events @> ARRAY['ticket.opened']`, [terminal.providerId]);
      // The SLA check, due at the first-response warning (the app: in business minutes; a warning already due runs at once).
      const startAfter = new Date(openedAt.getTime() + Math.max(0, policy.firstResponseMinutes - policy.warnBeforeMinutes) * 60_000);
      const job = { id: null, name: SLA_CHECK_JOB, data: { ticketId, slaDueAt: firstResponseDueAt.toISOString() }, startAfter, singletonKey: null, singletonOffset: 0, groupId: null, groupTier: null, deadLetter: null };
      await client.query(insertJobSql, [JSON.stringify([job])]);
      await client.query('COMMIT');
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
    const row = (await pool.query(ROWS_BY_ID, [[ticketId]])).rows[0];
    return [
      201,
      {
        ...toSummary(row, { [priority]: policy.warnBeforeMinutes }, new Date()),
        description: row.description,
        troubleshooting: null,
        messages: [],
        siteVisits: [],
        rating: null,
        ratingComment: null,
        mergedInto: null,
        allowedEvents: [],
        canReply: true,
        canRate: false,
        history: [],
      },
    ];
  }

  const server = http.createServer(async (req, res) => {
    const send = (status, body) => {
      const json = JSON.stringify(body);
      res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(json) });
      res.end(json);
    };
    try {
      const url = new URL(req.url, 'http://127.0.0.1');
      if (req.method === 'GET' && url.pathname === '/api/console/tickets') return send(200, await queuePage(url));
      if (req.method === 'POST' && url.pathname === '/api/tickets') return send(...(await createTicket(JSON.parse(await readBody(req)))));
      return send(404, { code: 'NOT_FOUND', message: 'Not found' });
    } catch (error) {
      send(500, { code: 'INTERNAL', message: error instanceof Error ? error.message : String(error) });
    }
  });
  server.keepAliveTimeout = 30_000;
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', resolve);
  });

  return {
    pool,
    async close() {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(() => resolve()));
      await pool.end();
    },
  };
}
