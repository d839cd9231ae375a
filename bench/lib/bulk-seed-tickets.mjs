// Bulk data for the ticket-desk benchmark: merchants, their terminals and N tickets over the three demo providers,
// each table filled by one INSERT ... SELECT FROM generate_series (no per-row round trips), into the real tables
// with all their indexes, constraints and foreign keys. Deterministic: setseed() fixes random() for the session,
// so two runs build the same tables (uuids and timestamps aside).

/** Reference suffix alphabet of apps/api/src/core/ids/reference.ts (no 0/O or 1/I). */
const REFERENCE_ALPHABET = '23456789ABCDEFGHJKLMNPQRSTUVWXYZ';
const CATEGORIES = ['PIN_ERROR', 'CARD_BLOCKED', 'CARD_DAMAGED', 'CARD_EXPIRED', 'SYSTEM_FAULT', 'NETWORK', 'PRINTER', 'OTHER'];
/** Subjects per category, in CATEGORIES order. */
const SUBJECTS = [
  '顾客刷卡提示密码错误',
  '刷卡提示“不予承兑”',
  '芯片卡读不出来',
  '顾客的卡提示已过期',
  '终端开机后停在签到界面',
  '交易一直提示网络超时',
  '打印机不出小票',
  '其他问题，请联系我',
];
const RESPONSE_CODES = ['55', '05', '14', '54', '12', '96', null, null];
const MODELS = ['联迪 A8', '新大陆 ME51', '百富 S90', '惠尔丰 V200'];
const TERMINAL_TYPES = ['TRADITIONAL_POS', 'SMART_POS', 'QR_BOX', 'SMART_POS'];
const CITIES = ['北京市朝阳区', '上海市浦东新区', '广州市天河区', '深圳市南山区', '杭州市西湖区', '成都市锦江区'];

/**
 * Status mix: 12 % still being worked (OPEN 3.5 %, IN_PROGRESS 4 %, WAITING_ON_MERCHANT 2 %, WAITING_ON_THIRD_PARTY
 * 1 %, REOPENED 1.5 %), RESOLVED 5 %, CLOSED 83 %. Cumulative thresholds on one uniform draw.
 */
export const STATUS_MIX = [
  [0.035, 'OPEN'],
  [0.075, 'IN_PROGRESS'],
  [0.095, 'WAITING_ON_MERCHANT'],
  [0.105, 'WAITING_ON_THIRD_PARTY'],
  [0.12, 'REOPENED'],
  [0.17, 'RESOLVED'],
  [1.01, 'CLOSED'],
];
export const OPEN_STATUSES = ['OPEN', 'IN_PROGRESS', 'WAITING_ON_MERCHANT', 'WAITING_ON_THIRD_PARTY', 'REOPENED'];

/** SQL: the six-character reference suffix of series number `g`, base 32 in the reference alphabet. */
const suffixOf = (g) =>
  [25, 20, 15, 10, 5, 0].map((shift) => `substr('${REFERENCE_ALPHABET}', ((${g} >> ${shift}) & 31) + 1, 1)`).join(' || ');

/**
 * @param client a connected pg client (one session, so setseed and SET apply)
 * @param providers provider ids in demo order; staff[i] is the account that works provider i's tickets
 */
export async function bulkSeedTickets(client, { count, merchants, terminals, providers, staff, log = () => undefined }) {
  if (count >= 2 ** 30) throw new Error('at most 2^30 tickets: the reference suffix is 30 bits');
  const timings = {};
  const timed = async (name, run) => {
    const started = Date.now();
    const result = await run();
    timings[name] = (Date.now() - started) / 1000;
    log(`${name}: ${result.rowCount.toLocaleString('en')} rows in ${timings[name].toFixed(1)} s`);
    return result;
  };
  await client.query(`SET TIME ZONE 'UTC'`);
  // Index builds and the sorts behind them get room; nothing else about the session changes.
  await client.query(`SET maintenance_work_mem = '256MB'`);
  await client.query(`SET work_mem = '64MB'`);
  await client.query('SELECT setseed(0.2026)');

  const merchantRows = await timed('merchants', () =>
    client.query(
      `INSERT INTO "User" (id, role, mobile, "displayName", "passwordHash", "createdAt", "updatedAt")
       SELECT gen_random_uuid(), 'MERCHANT', '139' || lpad(g::text, 8, '0'), '商户' || g,
              -- never used to sign in
              'bench-no-login', localtimestamp - interval '400 days', localtimestamp
       FROM generate_series(1, $1::int) AS g`,
      [merchants],
    ),
  );

  const terminalRows = await timed('terminals', () =>
    client.query(
      `WITH m AS (SELECT row_number() OVER (ORDER BY mobile) AS n, id FROM "User" WHERE mobile LIKE '139%' AND role = 'MERCHANT')
       INSERT INTO "Terminal" (id, "providerId", "merchantId", "serialNumber", type, model, "simNetwork", "firmwareVersion", status,
                               address, "installedAt", "liveAt", "nextInspectionDue")
       SELECT gen_random_uuid(), ($2::uuid[])[1 + g % 3], m.id, 'BENCH-' || lpad(g::text, 7, '0'),
              ($3::text[])[1 + g % 4]::"TerminalType", ($4::text[])[1 + g % 4], '中国移动 4G', 'V2.3.1', 'LIVE',
              ($5::text[])[1 + g % 6] || ' ' || (1 + g % 300) || ' 号', localtimestamp - interval '300 days',
              localtimestamp - interval '299 days', current_date + (g % 90)
       FROM generate_series(1, $1::int) AS g
       JOIN m ON m.n = 1 + g % $6::int`,
      [terminals, providers, TERMINAL_TYPES, MODELS, CITIES, merchants],
    ),
  );

  const statusCase = `CASE ${STATUS_MIX.map(([upTo, status]) => `WHEN r_status < ${upTo} THEN '${status}'`).join(' ')} END`;
  const open = `(${OPEN_STATUSES.map((s) => `'${s}'`).join(', ')})`;
  // Tickets: each takes a bench terminal (and so its provider and merchant); deadlines of open tickets run from three
  // days ago (overdue) to three weeks ahead; closed work is spread over two years. Every reference is
  // TK-<Beijing date of createdAt>-<series number in base 32>, unique, and dated yesterday or earlier, so it cannot
  // collide with the random references the app gives tickets opened during the run.
  // Bulk-load practice: the secondary indexes and the foreign keys of "Ticket" are dropped, the rows inserted, then
  // the indexes built again and the foreign keys added again from their own definitions (pg_get_indexdef,
  // pg_get_constraintdef). That is several times faster than maintaining seven indexes and checking six foreign keys
  // row by row, and ends in the same table: adding a foreign key validates every row in one join. The primary key
  // (which other tables' foreign keys need) and the check constraints stay throughout. A freshly built index is
  // tighter than one grown by inserts; that does not matter to a scan of 51 entries.
  const foreignKeys = (
    await client.query(`SELECT conname AS name, pg_get_constraintdef(oid) AS definition FROM pg_constraint WHERE conrelid = '"Ticket"'::regclass AND contype = 'f'`)
  ).rows;
  for (const key of foreignKeys) await client.query(`ALTER TABLE "Ticket" DROP CONSTRAINT "${key.name}"`);
  const indexes = (
    await client.query(`
      SELECT c.relname AS name, pg_get_indexdef(x.indexrelid) AS definition
      FROM pg_index x JOIN pg_class c ON c.oid = x.indexrelid
      WHERE x.indrelid = '"Ticket"'::regclass AND NOT x.indisprimary
        AND NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conindid = x.indexrelid)`)
  ).rows;
  for (const index of indexes) await client.query(`DROP INDEX "${index.name}"`);
  const ticketRows = await timed('tickets', () =>
    client.query(
      `
      WITH term AS MATERIALIZED (
        SELECT row_number() OVER (ORDER BY "serialNumber") - 1 AS n, id, "providerId", "merchantId"
        FROM "Terminal" WHERE "serialNumber" LIKE 'BENCH-%'
      ), draw AS (
        SELECT g, random() AS r_status, random() AS r_due, random() AS r_age, random() AS r_cat, random() AS r_misc
        FROM generate_series(1, $1::int) AS g
      ), s AS (
        SELECT draw.*, ${statusCase} AS status, 1 + floor(r_cat * 8)::int AS c,
               localtimestamp - interval '3 days' + r_due * interval '24 days' AS due
        FROM draw
      ), d AS (
        SELECT s.*,
               CASE WHEN status IN ${open} THEN least(localtimestamp - interval '1 day', due - interval '2 days') - r_age * interval '10 days'
                    WHEN status = 'RESOLVED' THEN localtimestamp - interval '1 day' - r_age * interval '7 days'
                    ELSE localtimestamp - interval '8 days' - r_age * interval '730 days' END AS created,
               -- a fixed permutation of terminals (7919 is prime), so consecutive tickets use different terminals
               ((g::bigint * 7919) % $3::int)::int AS tn
        FROM s
      )
      INSERT INTO "Ticket" (
        id, reference, "providerId", "merchantId", "terminalId", category, "responseCode", priority, status, version,
        subject, description, "assigneeId", "escalationLevel", "firstResponseDueAt", "firstRespondedAt", "resolutionDueAt",
        "slaDueAt", "firstResponseBreachedAt", "slaPausedAt", "slaPausedMinutes", "resolvedAt", "autoCloseAt", "closedAt",
        "reopenCount", rating, "createdAt", "updatedAt"
      )
      SELECT
        gen_random_uuid(),
        'TK-' || to_char(created + interval '8 hours', 'YYYYMMDD') || '-' || ${suffixOf('g')},
        term."providerId", term."merchantId", term.id,
        ($4::text[])[c]::"FaultCategory",
        CASE WHEN r_misc < 0.6 THEN ($5::text[])[c] END,
        (CASE WHEN r_misc > 0.96 THEN 'URGENT'
              WHEN c IN (5, 6) THEN 'HIGH' WHEN c IN (3, 4) THEN 'LOW' ELSE 'NORMAL' END)::"TicketPriority",
        status::"TicketStatus",
        CASE WHEN status = 'OPEN' THEN 0 WHEN status = 'CLOSED' THEN 3 ELSE 1 + g % 3 END,
        ($6::text[])[c],
        ($6::text[])[c] || '。终端序列号见工单，今天上午开始出现，重启后仍然存在，影响收款，请尽快处理。',
        CASE WHEN status <> 'OPEN' THEN ($2::uuid[])[array_position($7::uuid[], term."providerId")] END,
        CASE WHEN status = 'OPEN' AND due < localtimestamp THEN 1 ELSE 0 END,
        CASE WHEN status IN ('OPEN', 'REOPENED') THEN due ELSE created + interval '4 hours' END,
        CASE WHEN status NOT IN ('OPEN', 'REOPENED') THEN created + interval '1 hour' END,
        -- not yet answered: the queue follows the first response; answered: it follows the resolution
        CASE WHEN status IN ('OPEN', 'REOPENED') THEN due + interval '1 day' WHEN status IN ${open} THEN due
             ELSE created + interval '1 day' END,
        CASE WHEN status IN ${open} THEN due END,
        CASE WHEN status = 'OPEN' AND due < localtimestamp THEN due END,
        CASE WHEN status IN ('WAITING_ON_MERCHANT', 'WAITING_ON_THIRD_PARTY') THEN localtimestamp - r_misc * interval '3 days' END,
        CASE WHEN status IN ('RESOLVED', 'CLOSED', 'REOPENED') THEN (g % 90)::int ELSE 0 END,
        CASE WHEN status IN ('RESOLVED', 'CLOSED') THEN created + interval '20 hours' END,
        CASE WHEN status = 'RESOLVED' THEN created + interval '20 hours' + interval '7 days' END,
        CASE WHEN status = 'CLOSED' THEN created + interval '20 hours' + interval '7 days' END,
        (status = 'REOPENED')::int,
        CASE WHEN status = 'CLOSED' AND r_misc < 0.6 THEN 1 + (g % 5) END,
        created,
        CASE WHEN status = 'CLOSED' THEN created + interval '20 hours' + interval '7 days'
             WHEN status = 'RESOLVED' THEN created + interval '20 hours'
             ELSE created + interval '1 hour' END
      FROM d JOIN term ON term.n = d.tn`,
      [count, staff, terminals, CATEGORIES, RESPONSE_CODES, SUBJECTS, providers],
    ),
  );

  const indexStarted = Date.now();
  for (const index of indexes) await client.query(index.definition);
  for (const key of foreignKeys) await client.query(`ALTER TABLE "Ticket" ADD CONSTRAINT "${key.name}" ${key.definition}`);
  timings['ticket indexes and foreign keys'] = (Date.now() - indexStarted) / 1000;
  log(`ticket indexes and foreign keys: ${indexes.length} indexes rebuilt, ${foreignKeys.length} foreign keys added and validated in ${timings['ticket indexes and foreign keys'].toFixed(1)} s`);

  // One ticket in ten has a message, one in 25 two (the merchant's, then the staff's reply).
  const commentRows = await timed('ticket comments', () =>
    client.query(
      `INSERT INTO "TicketComment" (id, "ticketId", "authorId", body, internal, "createdAt")
       SELECT gen_random_uuid(), t.id, CASE WHEN k = 1 THEN t."merchantId" ELSE coalesce(t."assigneeId", t."merchantId") END,
              CASE WHEN k = 1 THEN '还是不行，麻烦尽快派人看看。' ELSE '已收到，我们会尽快处理，请保持电话畅通。' END,
              false, t."createdAt" + k * interval '1 hour'
       FROM "Ticket" t CROSS JOIN generate_series(1, 2) AS k
       -- a hash of the reference, not random(): PostgreSQL would push a filter on k alone down to generate_series
       WHERE abs(hashtext(t.reference)) % 100 < CASE WHEN k = 1 THEN 10 ELSE 4 END`,
    ),
  );

  const mix = await client.query(`
    SELECT p.name AS provider, t.status::text AS status, count(*)::int AS n
    FROM "Ticket" t JOIN "Provider" p ON p.id = t."providerId"
    GROUP BY 1, 2 ORDER BY 1, 2`);
  return {
    merchants: merchantRows.rowCount,
    terminals: terminalRows.rowCount,
    tickets: ticketRows.rowCount,
    comments: commentRows.rowCount,
    mix: mix.rows,
    seconds: timings,
  };
}
