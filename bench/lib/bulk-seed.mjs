// Bulk data for the review-queue benchmark: N applications over the three demo providers, inserted with one
// INSERT ... SELECT FROM generate_series (seconds, not minutes), plus terminal requests for most of them.
// Deterministic: setseed() fixes random() for the session, so two runs build the same table (uuids aside).

const CITIES = ['北京', '上海', '广州', '深圳', '杭州', '成都', '武汉', '南京', '苏州', '西安', '天津', '重庆'];
/** Trade names (字号). A reviewer's search is typically one of these plus the industry, e.g. 鑫源餐饮. */
export const TRADE_NAMES = [
  '鑫源', '福满', '金诚', '和顺', '永盛', '华美', '聚鑫', '宏达', '佳禾', '瑞丰', '隆泰', '嘉禾', '恒通', '兴旺',
  '德昌', '万家', '同福', '顺意', '新港', '天成', '美佳', '汇丰', '长盛', '利民', '百味', '一品', '好客', '诚信',
  '祥云', '东方', '南山', '北辰', '安康', '益友', '家和', '大成', '乐购', '优选', '惠民', '众联',
];
export const INDUSTRIES = ['餐饮', '超市', '便利店', '烘焙', '茶饮', '服装', '五金', '药房', '美容', '水果'];
const SUFFIXES = ['有限公司', '店', '商行', '经营部'];
const MCCS = ['5812', '5411', '5499', '5462', '5814', '5651', '5251', '5912', '7230', '5441'];

/**
 * Status mix: about a quarter in the review queue (SUBMITTED 12 %, IN_REVIEW 9 %, PENDING_SECOND_APPROVAL 4 %),
 * the rest drafts or decided. Cumulative thresholds on one uniform draw.
 */
const STATUS_MIX = [
  [0.12, 'SUBMITTED'],
  [0.21, 'IN_REVIEW'],
  [0.25, 'PENDING_SECOND_APPROVAL'],
  [0.37, 'DRAFT'],
  [0.47, 'APPROVED'],
  [0.8, 'LIVE'],
  [0.93, 'REJECTED'],
  [1.01, 'WITHDRAWN'],
];
const QUEUE = `('SUBMITTED', 'IN_REVIEW', 'PENDING_SECOND_APPROVAL')`;

/**
 * @param client a connected pg client (one session, so setseed applies)
 * @param providers provider ids in demo order; reviewers[i] is the account that claims provider i's applications
 */
export async function bulkSeedApplications(client, { count, merchantId, providers, reviewers }) {
  const statusCase = `CASE ${STATUS_MIX.map(([upTo, status]) => `WHEN r_status < ${upTo} THEN '${status}'`).join(' ')} END::"ApplicationStatus"`;
  await client.query(`SET TIME ZONE 'UTC'`);
  await client.query('SELECT setseed(0.2026)');
  const inserted = await client.query(
    `
    WITH draw AS MATERIALIZED (
      SELECT g, random() AS r_status, random() AS r_due, random() AS r_risk, random() AS r_name, random() AS r_misc
      FROM generate_series(1, $1::int) AS g
    ), s AS (
      SELECT draw.*, ${statusCase} AS status,
             1 + (g % 3) AS p,
             1 + floor(r_name * 12 * 40 * 10 * 4)::int AS name_code
      FROM draw
    ), d AS (
      SELECT s.*,
             CASE
               WHEN status = 'DRAFT' THEN NULL
               -- open work is due from three weeks ago to two weeks ahead
               WHEN status IN ${QUEUE} THEN localtimestamp - interval '21 days' + r_due * interval '35 days'
               -- decided work was due some time in the past year
               ELSE localtimestamp - interval '365 days' + r_due * interval '350 days'
             END AS due
      FROM s
    )
    INSERT INTO "Application" (
      id, reference, "merchantId", "providerId", status, version, "wizardStep",
      "businessName", "creditCode", "businessAddress", mcc, "businessScope", "openingDate",
      "legalRepName", "legalRepIdEncrypted", "legalRepIdMasked", "legalRepMobile", "contactName", "contactMobile",
      "settlementAccountName", "settlementBank", "settlementAccountEncrypted", "settlementAccountMasked",
      "installAddress", "installRegion", "highRisk", "submittedAt", "reviewDueAt", "claimedById", "claimedAt",
      "firstApproverId", "decidedAt", "createdAt", "updatedAt"
    )
    SELECT
      gen_random_uuid(),
      'AP-BENCH-' || lpad(g::text, 7, '0'),
      $2::uuid,
      ($3::uuid[])[p],
      status,
      CASE WHEN status = 'DRAFT' THEN 0 ELSE 2 + (g % 4) END,
      CASE WHEN status = 'DRAFT' THEN (g % 5) ELSE 5 END,
      ($5::text[])[1 + name_code % 12] || ($6::text[])[1 + (name_code / 12) % 40] || ($7::text[])[1 + (name_code / 480) % 10]
        || ($8::text[])[1 + (name_code / 4800) % 4],
      -- 18 characters, unique per application (an open one must be unique per provider)
      CASE WHEN status = 'DRAFT' AND r_misc < 0.4 THEN NULL ELSE '91' || lpad(g::text, 7, '0') || upper(substr(md5(g::text), 1, 9)) END,
      ($5::text[])[1 + name_code % 12] || '市某区' || (1 + g % 300) || '号',
      ($9::text[])[1 + g % 10],
      '预包装食品、日用百货零售；餐饮服务',
      date '2015-01-01' + (g % 3000),
      '张' || substr(md5('n' || g), 1, 2),
      'v1.' || encode(sha256(('id' || g)::bytea), 'base64'),
      '1101**********' || lpad((g % 10000)::text, 4, '0'),
      '138' || lpad((g % 100000000)::text, 8, '0'),
      '李' || substr(md5('c' || g), 1, 2),
      '139' || lpad((g % 100000000)::text, 8, '0'),
      '结算账户' || g,
      '中国工商银行',
      'v1.' || encode(sha256(('acct' || g)::bytea), 'base64'),
      '6222 **** **** ' || lpad((g % 10000)::text, 4, '0'),
      ($5::text[])[1 + name_code % 12] || '市某区' || (1 + g % 300) || '号 铺面',
      '110000',
      status = 'PENDING_SECOND_APPROVAL' OR r_risk < 0.08,
      due - interval '3 days',
      due,
      CASE WHEN status IN ('SUBMITTED', 'DRAFT', 'WITHDRAWN') THEN NULL ELSE ($4::uuid[])[p] END,
      CASE WHEN status IN ('SUBMITTED', 'DRAFT', 'WITHDRAWN') THEN NULL ELSE due - interval '2 days' END,
      CASE WHEN status IN ('PENDING_SECOND_APPROVAL', 'APPROVED', 'LIVE') THEN ($4::uuid[])[p] END,
      CASE WHEN status IN ('APPROVED', 'LIVE', 'REJECTED') THEN due - interval '1 day' END,
      coalesce(due - interval '4 days', localtimestamp - r_due * interval '30 days'),
      localtimestamp
    FROM d`,
    [count, merchantId, providers, reviewers, CITIES, TRADE_NAMES, INDUSTRIES, SUFFIXES, MCCS],
  );

  // Most submitted applications ask for a smart POS, some also for a QR box or a traditional terminal.
  const terminals = await client.query(`
    INSERT INTO "ApplicationTerminalRequest" (id, "applicationId", "terminalType", count)
    SELECT gen_random_uuid(), a.id, t.kind::"TerminalType", 1 + floor(random() * t.most)::int
    FROM "Application" a
    CROSS JOIN (VALUES ('SMART_POS', 0.75, 3), ('QR_BOX', 0.3, 2), ('TRADITIONAL_POS', 0.15, 2)) AS t(kind, share, most)
    WHERE a.reference LIKE 'AP-BENCH-%' AND a.status <> 'DRAFT' AND random() < t.share`);

  const mix = await client.query(`
    SELECT p.name AS provider, a.status::text AS status, count(*)::int AS n
    FROM "Application" a JOIN "Provider" p ON p.id = a."providerId"
    GROUP BY 1, 2 ORDER BY 1, 2`);
  return { applications: inserted.rowCount, terminalRequests: terminals.rowCount, mix: mix.rows };
}
