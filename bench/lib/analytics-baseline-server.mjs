// The analytics baseline: a bare node:http server that answers GET /api/console/analytics and
// GET /api/console/analytics/export/funnel.csv as AnalyticsService does for a provider admin, running the same SQL
// statements as AnalyticsRepository (apps/api/src/modules/analytics/analytics.repository.ts) through a plain pg.Pool
// of the app's Prisma pool size, all in parallel per request as the service's Promise.all calls do (the service
// also waits for the funnel, review and ticket sections together). No framework, no auth, no validation, no ORM.
//
// KEEP IN STEP: the SQL below is copied from analytics.repository.ts and the JSON mapping from analytics.service.ts
// (funnel, review, tickets; the funnel CSV). The bench checks that app and baseline answer byte for byte the same,
// so a drift shows as a failed run rather than as a wrong comparison.
import http from 'node:http';
import { createRequire } from 'node:module';

const require = createRequire(new URL('../../apps/api/package.json', import.meta.url));
const pg = require('pg');

const APPROVED_STATUSES = ['APPROVED', 'AGREEMENT_SENT', 'SIGNED', 'INSTALL_SCHEDULED', 'INSTALLED', 'LIVE'];
const DECIDED_STATUSES = [...APPROVED_STATUSES, 'REJECTED'];
const SIGNED_STATUSES = ['SIGNED', 'INSTALL_SCHEDULED', 'INSTALLED', 'LIVE'];
const INSTALLED_STATUSES = ['INSTALLED', 'LIVE'];
const FUNNEL_STAGES = ['submitted', 'approved', 'signed', 'installed', 'live'];
const DAY_MS = 86_400_000;
const CHINA_OFFSET_MS = 8 * 3_600_000;
const DATE_OID = 1082;
const TIMESTAMP_OID = 1114;

/** beijingRange of analytics.service.ts: the Beijing dates from..to as UTC instants [from 00:00, day after to 00:00). */
export function beijingRange(from, to) {
  const utc = (ms) => new Date(ms).toISOString().replace('T', ' ').replace('Z', '');
  return { from: utc(Date.parse(`${from}T00:00:00Z`) - CHINA_OFFSET_MS), to: utc(Date.parse(`${to}T00:00:00Z`) - CHINA_OFFSET_MS + DAY_MS) };
}

const BUSINESS_DAY_CALENDAR = `
  SELECT g.day::date AS day,
         count(*) FILTER (WHERE COALESCE(c."isWorkday", extract(isodow FROM g.day) < 6)) OVER (ORDER BY g.day) AS workdays
    FROM generate_series((SELECT min("submittedDay") FROM a), (SELECT max("decidedDay") FROM a), interval '1 day') AS g(day)
    LEFT JOIN "CalendarDay" c ON c.date = g.day::date`;

/**
 * The repository's statements for one provider and range, in the service's order, as { key, text, values }.
 * Each builder numbers its parameters as Prisma.sql does (one per interpolation).
 */
export function analyticsStatements(providerId, range) {
  const build = (key, parts) => {
    const values = [];
    const p = (value) => `$${values.push(value)}`;
    return { key, text: parts(p), values };
  };
  const within = (p, column) => `${column} IS NOT NULL AND ${column} >= ${p(range.from)} AND ${column} < ${p(range.to)}`;
  return [
    build('funnel', (p) => `
      SELECT date_trunc('week', a."submittedAt" + interval '8 hours')::date AS "weekStart",
             count(*)::int AS submitted,
             count(*) FILTER (WHERE a.status = ANY(${p(APPROVED_STATUSES)}::"ApplicationStatus"[]))::int AS approved,
             count(*) FILTER (WHERE a.status = ANY(${p(SIGNED_STATUSES)}::"ApplicationStatus"[]))::int AS signed,
             count(*) FILTER (WHERE a.status = ANY(${p(INSTALLED_STATUSES)}::"ApplicationStatus"[]))::int AS installed,
             count(*) FILTER (WHERE a.status = 'LIVE')::int AS live
        FROM "Application" a
       WHERE a."providerId" = ${p(providerId)}::uuid
         AND ${within(p, 'a."submittedAt"')}
       GROUP BY 1
       ORDER BY 1`),
    build('reviewStats', (p) => `
      WITH a AS MATERIALIZED (
        SELECT a.id, a."providerId", a.status, a."submittedAt", a."decidedAt", a."reviewDueAt",
               (a."submittedAt" + interval '8 hours')::date AS "submittedDay", (a."decidedAt" + interval '8 hours')::date AS "decidedDay"
          FROM "Application" a
         WHERE a."providerId" = ANY(${p([providerId])}::uuid[])
           AND a.status = ANY(${p(DECIDED_STATUSES)}::"ApplicationStatus"[])
           AND ${within(p, 'a."decidedAt"')}
      ), calendar AS (${BUSINESS_DAY_CALENDAR}
      ), b AS (
        SELECT a.*, CASE WHEN a."submittedAt" IS NOT NULL THEN greatest(d.workdays - s.workdays, 0) END AS "businessDays"
          FROM a LEFT JOIN calendar s ON s.day = a."submittedDay" LEFT JOIN calendar d ON d.day = a."decidedDay"
      )
      SELECT b."providerId"::text AS "providerId",
             count(*)::int AS decided,
             count(*) FILTER (WHERE b.status = ANY(${p(APPROVED_STATUSES)}::"ApplicationStatus"[]))::int AS approved,
             count(b."submittedAt")::int AS timed,
             percentile_cont(0.5) WITHIN GROUP (ORDER BY EXTRACT(EPOCH FROM b."decidedAt" - b."submittedAt")::float8) AS "medianReviewSeconds",
             percentile_cont(0.5) WITHIN GROUP (ORDER BY b."businessDays") FILTER (WHERE b."submittedAt" IS NOT NULL) AS "medianBusinessDays",
             percentile_cont(0.9) WITHIN GROUP (ORDER BY b."businessDays") FILTER (WHERE b."submittedAt" IS NOT NULL) AS "p90BusinessDays",
             count(*) FILTER (WHERE b."reviewDueAt" IS NOT NULL AND b."decidedAt" <= b."reviewDueAt")::int AS "withinSla",
             count(*) FILTER (WHERE EXISTS (SELECT 1 FROM "ChangeRequest" cr WHERE cr."applicationId" = b.id))::int AS "withChangeRequests"
        FROM b
       GROUP BY b."providerId"`),
    build('rejectedDocuments', (p) => `
      SELECT d."documentType"::text AS "documentType", count(*)::int AS count
        FROM "ApplicationDocument" d
        JOIN "Application" a ON a.id = d."applicationId"
       WHERE a."providerId" = ${p(providerId)}::uuid
         AND d."reviewStatus" = 'REJECTED'
         AND ${within(p, 'd."reviewedAt"')}
       GROUP BY 1
       ORDER BY 2 DESC, 1`),
    build('installationLeadTime', (p) => `
      SELECT count(*)::int AS accepted,
             percentile_cont(0.5) WITHIN GROUP (ORDER BY EXTRACT(EPOCH FROM i."acceptedAt" - g."countersignedAt")::float8 / 86400) AS "medianDays"
        FROM "InstallationAppointment" i
        JOIN LATERAL (SELECT max(ag."countersignedAt") AS "countersignedAt" FROM "Agreement" ag WHERE ag."applicationId" = i."applicationId") g ON true
       WHERE i."providerId" = ${p(providerId)}::uuid
         AND i.status = 'ACCEPTED'
         AND g."countersignedAt" IS NOT NULL
         AND ${within(p, 'i."acceptedAt"')}`),
    build('ticketStats', (p) => `
      SELECT t."providerId"::text AS "providerId",
             count(*) FILTER (WHERE t."mergedIntoId" IS NULL)::int AS opened,
             count(t."firstRespondedAt")::int AS responded,
             percentile_cont(0.5) WITHIN GROUP (ORDER BY EXTRACT(EPOCH FROM t."firstRespondedAt" - t."createdAt")::float8) AS "medianFirstResponseSeconds",
             count(*) FILTER (WHERE t."firstRespondedAt" <= t."firstResponseDueAt")::int AS "firstResponseWithinSla",
             count(t."resolvedAt")::int AS resolved,
             percentile_cont(0.5) WITHIN GROUP (ORDER BY EXTRACT(EPOCH FROM t."resolvedAt" - t."createdAt")::float8) AS "medianResolutionSeconds",
             count(*) FILTER (WHERE t."resolvedAt" IS NOT NULL AND t."resolutionBreachedAt" IS NULL)::int AS "resolutionWithinSla",
             count(t.rating)::int AS rated,
             avg(t.rating)::float8 AS "averageRating"
        FROM "Ticket" t
       WHERE t."providerId" = ANY(${p([providerId])}::uuid[])
         AND ${within(p, 't."createdAt"')}
       GROUP BY t."providerId"`),
    build('ticketsByCategory', (p) => `
      SELECT t.category::text AS category, count(*)::int AS count
        FROM "Ticket" t
       WHERE t."providerId" = ${p(providerId)}::uuid AND t."mergedIntoId" IS NULL AND ${within(p, 't."createdAt"')}
       GROUP BY 1 ORDER BY 2 DESC, 1`),
    build('ticketsByResponseCode', (p) => `
      SELECT t."responseCode" AS "responseCode", count(*)::int AS count
        FROM "Ticket" t
       WHERE t."providerId" = ${p(providerId)}::uuid AND t."mergedIntoId" IS NULL AND t."responseCode" IS NOT NULL AND ${within(p, 't."createdAt"')}
       GROUP BY 1 ORDER BY 2 DESC, 1`),
    build('ratingDistribution', (p) => `
      SELECT t.rating AS rating, count(*)::int AS count
        FROM "Ticket" t
       WHERE t."providerId" = ${p(providerId)}::uuid AND t.rating IS NOT NULL AND ${within(p, 't."createdAt"')}
       GROUP BY 1 ORDER BY 1`),
    build('selfService', (p) => `
      SELECT count(*) FILTER (WHERE s.outcome = 'SELF_RESOLVED')::int AS "selfResolved",
             count(*) FILTER (WHERE s.outcome = 'ESCALATED')::int AS escalated
        FROM "TroubleshootingSession" s
       WHERE s."providerId" = ${p(providerId)}::uuid AND ${within(p, 's."createdAt"')}`),
  ];
}

const percent = (part, whole) => (whole > 0 ? Math.round((part * 1000) / whole) / 10 : null);
const oneDecimal = (value) => (value === null ? null : Math.round(value * 10) / 10);
const minutes = (seconds) => (seconds === null ? null : Math.round(seconds / 60));

/** AnalyticsService.dashboard for a PROVIDER_ADMIN (all three sections), from the statements' rows. */
function dashboardOf(from, to, r) {
  const weeks = r.funnel;
  const totals = { submitted: 0, approved: 0, signed: 0, installed: 0, live: 0 };
  for (const week of weeks) for (const stage of FUNNEL_STAGES) totals[stage] += week[stage];
  const funnel = {
    weeks,
    totals,
    conversionPercent: {
      approved: percent(totals.approved, totals.submitted),
      signed: percent(totals.signed, totals.approved),
      installed: percent(totals.installed, totals.signed),
      live: percent(totals.live, totals.installed),
    },
  };
  const stats = r.reviewStats[0];
  const lead = r.installationLeadTime[0] ?? { accepted: 0, medianDays: null };
  const decided = stats?.decided ?? 0;
  const review = {
    decided,
    approved: stats?.approved ?? 0,
    rejected: decided - (stats?.approved ?? 0),
    medianBusinessDays: oneDecimal(stats?.medianBusinessDays ?? null),
    p90BusinessDays: oneDecimal(stats?.p90BusinessDays ?? null),
    withinSlaPercent: percent(stats?.withinSla ?? 0, decided),
    changesRequestedPercent: percent(stats?.withChangeRequests ?? 0, decided),
    rejectedDocuments: r.rejectedDocuments,
    installationLeadTimeMedianDays: oneDecimal(lead.medianDays),
    installationsAccepted: lead.accepted,
  };
  const t = r.ticketStats[0];
  const selfService = r.selfService[0] ?? { selfResolved: 0, escalated: 0 };
  const tickets = {
    opened: t?.opened ?? 0,
    byCategory: r.ticketsByCategory,
    byResponseCode: r.ticketsByResponseCode,
    selfService: { ...selfService, selfResolvedPercent: percent(selfService.selfResolved, selfService.selfResolved + selfService.escalated) },
    firstResponse: { responded: t?.responded ?? 0, medianMinutes: minutes(t?.medianFirstResponseSeconds ?? null), withinSlaPercent: percent(t?.firstResponseWithinSla ?? 0, t?.responded ?? 0) },
    resolution: { resolved: t?.resolved ?? 0, medianMinutes: minutes(t?.medianResolutionSeconds ?? null), withinSlaPercent: percent(t?.resolutionWithinSla ?? 0, t?.resolved ?? 0) },
    satisfaction: { rated: t?.rated ?? 0, average: oneDecimal(t?.averageRating ?? null), distribution: r.ratingDistribution },
  };
  return { from, to, funnel, review, tickets };
}

/** The funnel table as the service's CSV (zh-CN headers, the default locale), with Excel's byte-order mark. */
function funnelCsv(dashboard) {
  const rows = [['周起始日', '提交', '通过', '签约', '装机', '上线'], ...dashboard.funnel.weeks.map((w) => [w.weekStart, ...FUNNEL_STAGES.map((s) => w[s])])];
  return `\uFEFF${rows.map((row) => `${row.join(',')}\n`).join('')}`;
}

/** Starts the baseline on 127.0.0.1:port for one provider (standing in for the admin token's tenant). */
export async function startAnalyticsBaselineServer({ databaseUrl, port, providerId, poolSize }) {
  const types = {
    getTypeParser: (oid, format) =>
      oid === DATE_OID ? (value) => value : oid === TIMESTAMP_OID ? (value) => new Date(`${value.replace(' ', 'T')}Z`) : pg.types.getTypeParser(oid, format),
  };
  const pool = new pg.Pool({ connectionString: databaseUrl, max: poolSize, types });
  pool.on('error', () => undefined);

  const server = http.createServer(async (req, res) => {
    const send = (status, body, type = 'application/json; charset=utf-8') => {
      const text = typeof body === 'string' ? body : JSON.stringify(body);
      res.writeHead(status, { 'content-type': type, 'content-length': Buffer.byteLength(text) });
      res.end(text);
    };
    try {
      const url = new URL(req.url, 'http://127.0.0.1');
      const csv = url.pathname === '/api/console/analytics/export/funnel.csv';
      if (req.method !== 'GET' || (url.pathname !== '/api/console/analytics' && !csv)) return send(404, { code: 'NOT_FOUND' });
      const from = url.searchParams.get('from');
      const to = url.searchParams.get('to');
      const statements = analyticsStatements(providerId, beijingRange(from, to));
      const results = await Promise.all(statements.map((s) => pool.query(s.text, s.values)));
      const rows = Object.fromEntries(statements.map((s, i) => [s.key, results[i].rows]));
      const dashboard = dashboardOf(from, to, rows);
      return csv ? send(200, funnelCsv(dashboard), 'text/csv; charset=utf-8') : send(200, dashboard);
    } catch (error) {
      send(500, { code: 'INTERNAL', message: error instanceof Error ? error.message : String(error) });
    }
  });
  await new Promise((done) => server.listen(port, '127.0.0.1', done));
  return {
    pool,
    async close() {
      await new Promise((done) => server.close(done));
      await pool.end();
    },
  };
}
