// The baseline: a bare node:http server that answers GET /api/console/review-queue with the same SQL as
// ReviewsRepository.listQueue (apps/api/src/modules/reviews/reviews.repository.ts) through a plain pg.Pool of the
// same size as the app's Prisma adapter pool (prisma.service.ts: max 20), and the same response shape. No
// framework, no auth, no validation, no ORM: what is left is the cost of the query and of JSON.
//
// The provider is fixed (the reviewer's provider), standing in for the token's tenant scope. Only the filters the
// benchmark uses are supported: cursor, q, limit. Keep the SQL in step with listQueue when that changes.
import http from 'node:http';
import { createRequire } from 'node:module';

// The pg the API itself resolves (the one under @prisma/adapter-pg), not whichever a bench folder would find.
const require = createRequire(new URL('../../apps/api/package.json', import.meta.url));
const pg = require('pg');

const QUEUE_STATUS_LIST = "'SUBMITTED', 'IN_REVIEW', 'PENDING_SECOND_APPROVAL'";
const CREDIT_CODE_PREFIX = /^[0-9A-HJ-NPQRTUWXY]{2,18}$/;
const DUE_SOON_MS = 24 * 3_600_000; // DUE_SOON_HOURS in libs/shared
const TIMESTAMP_OID = 1114;

/** Builds listQueue's statement for the default queue view (provider scope + optional search and cursor). */
export function queueQuery({ providerId, text, after, limit }) {
  const values = [];
  const param = (value) => `$${values.push(value)}`;
  const conditions = [`a.status IN (${QUEUE_STATUS_LIST})`, `a."providerId" = ${param(providerId)}::uuid`];
  if (text) {
    const pattern = `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    const prefix = CREDIT_CODE_PREFIX.test(text.toUpperCase()) ? text.toUpperCase() : null;
    conditions.push(
      prefix
        ? `(a."businessName" ILIKE ${param(pattern)} OR a."creditCode" LIKE ${param(`${prefix}%`)})`
        : `a."businessName" ILIKE ${param(pattern)}`,
    );
  }
  if (after) conditions.push(`(a."reviewDueAt", a.id) > (${param(after.reviewDueAt)}, ${param(after.id)}::uuid)`);
  const sql = `
      SELECT a.id, a.reference, a.status::text AS status, a."providerId", p.name AS "providerName", a."businessName",
             a."creditCode", a."highRisk", a."submittedAt", a."reviewDueAt", a."claimedById", u."displayName" AS "claimedByName",
             (SELECT COALESCE(SUM(t.count), 0)::int FROM "ApplicationTerminalRequest" t WHERE t."applicationId" = a.id) AS "terminalCount"
      FROM "Application" a
      JOIN "Provider" p ON p.id = a."providerId"
      LEFT JOIN "User" u ON u.id = a."claimedById"
      WHERE ${conditions.join(' AND ')}
      ORDER BY a."reviewDueAt", a.id
      LIMIT ${param(limit)}`;
  return { text: sql, values };
}

/** The service's cursor (base64url JSON [reviewDueAt ISO, id]) as listQueue's parameters. */
export function decodeCursor(cursor) {
  const [at, id] = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  // Prisma writes timestamp(3) columns in UTC; send the cursor the same way (no offset for PostgreSQL to drop).
  return { reviewDueAt: new Date(at).toISOString().replace('T', ' ').replace('Z', ''), id };
}

const encodeCursor = (row) => Buffer.from(JSON.stringify([row.reviewDueAt.toISOString(), row.id])).toString('base64url');

function dueStateOf(reviewDueAt, now) {
  const left = reviewDueAt.getTime() - now.getTime();
  return left < 0 ? 'OVERDUE' : left < DUE_SOON_MS ? 'DUE_SOON' : 'ON_TRACK';
}

/** Starts the baseline on 127.0.0.1:port. Returns { pool, close }. */
export async function startBaselineServer({ databaseUrl, port, providerId, poolSize }) {
  const types = {
    // timestamp without time zone holds UTC (as Prisma writes it); pg would read it as local time.
    getTypeParser: (oid, format) => (oid === TIMESTAMP_OID ? (value) => new Date(`${value.replace(' ', 'T')}Z`) : pg.types.getTypeParser(oid, format)),
  };
  const pool = new pg.Pool({ connectionString: databaseUrl, max: poolSize, types });
  pool.on('error', () => undefined); // an idle client losing its server (teardown); requests report their own errors

  const server = http.createServer(async (req, res) => {
    const send = (status, body) => {
      const json = JSON.stringify(body);
      res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(json) });
      res.end(json);
    };
    try {
      const url = new URL(req.url, 'http://127.0.0.1');
      if (req.method !== 'GET' || url.pathname !== '/api/console/review-queue') return send(404, { code: 'NOT_FOUND', message: 'Not found' });
      const limit = Number(url.searchParams.get('limit') ?? 20);
      const cursor = url.searchParams.get('cursor');
      const text = url.searchParams.get('q')?.trim() || undefined;
      const now = new Date();
      const { rows } = await pool.query(queueQuery({ providerId, text, after: cursor ? decodeCursor(cursor) : undefined, limit: limit + 1 }));
      const page = rows.slice(0, limit);
      send(200, {
        items: page.map((row) => ({
          id: row.id,
          reference: row.reference,
          status: row.status,
          provider: { id: row.providerId, name: row.providerName },
          businessName: row.businessName,
          creditCode: row.creditCode,
          terminalCount: row.terminalCount,
          highRisk: row.highRisk,
          submittedAt: row.submittedAt?.toISOString() ?? null,
          reviewDueAt: row.reviewDueAt.toISOString(),
          dueState: dueStateOf(row.reviewDueAt, now),
          claimedBy: row.claimedById ? { id: row.claimedById, displayName: row.claimedByName ?? '' } : null,
        })),
        nextCursor: rows.length > limit ? encodeCursor(page[page.length - 1]) : null,
      });
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
