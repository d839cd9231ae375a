// Bulk data for the analytics benchmark, on top of the review-queue applications (bulk-seed.mjs) and the
// ticket-desk tickets and terminals (bulk-seed-tickets.mjs): what the dashboard also reads and those two do not
// write. Each table is filled by one INSERT ... SELECT (no per-row round trips). Deterministic apart from uuids and
// timestamps: setseed() fixes random() for the session.
//
//   - documents: four per submitted bench application (licence, ID front and back, account proof), reviewed a day
//     after submission; 4 % rejected, 35 % on rejected applications; still PENDING on SUBMITTED ones;
//   - change requests on 12 % of the applications a reviewer has handled;
//   - for every LIVE application a countersigned agreement (two days after the decision) and an ACCEPTED
//     installation one to six days later;
//   - troubleshooting sessions on the bench terminals over the last 400 days: 55 % self-resolved, 30 % escalated,
//     10 % abandoned, 5 % in progress.

const DOCUMENT_TYPES = ['BUSINESS_LICENCE', 'LEGAL_REP_ID_FRONT', 'LEGAL_REP_ID_BACK', 'SETTLEMENT_ACCOUNT_PROOF'];
const CATEGORIES = ['PIN_ERROR', 'CARD_BLOCKED', 'CARD_DAMAGED', 'CARD_EXPIRED', 'SYSTEM_FAULT', 'NETWORK', 'PRINTER', 'OTHER'];
const BENCH_FILE = 'b'.repeat(64);

/**
 * @param client a connected pg client (one session, so setseed applies)
 * @param terminals how many bench terminals bulkSeedTickets made (the sessions are spread over them)
 */
export async function bulkSeedAnalytics(client, { sessions, terminals, log = () => undefined }) {
  const timings = {};
  const counts = {};
  const timed = async (name, sql, values) => {
    const started = Date.now();
    const result = await client.query(sql, values);
    timings[name] = (Date.now() - started) / 1000;
    counts[name] = result.rowCount;
    log(`${name}: ${result.rowCount.toLocaleString('en')} rows in ${timings[name].toFixed(1)} s`);
    return result;
  };
  await client.query(`SET TIME ZONE 'UTC'`);
  await client.query('SELECT setseed(0.2611)');

  await client.query(
    `INSERT INTO "StoredFile" (sha256, "sizeBytes", "mimeType", "storageKey") VALUES ($1, 182044, 'image/jpeg', 'bench/document.jpg')
     ON CONFLICT DO NOTHING`,
    [BENCH_FILE],
  );
  await timed(
    'application documents',
    `INSERT INTO "ApplicationDocument" (id, "applicationId", "documentType", "fileSha256", "originalName", "uploadedById",
                                        "reviewStatus", "reviewedById", "reviewedAt", "createdAt")
     SELECT gen_random_uuid(), a.id, k.kind::"DocumentType", $2, k.kind || '.jpg', a."merchantId",
            (CASE WHEN a.status = 'SUBMITTED' THEN 'PENDING'
                  WHEN random() < CASE WHEN a.status = 'REJECTED' THEN 0.35 ELSE 0.04 END THEN 'REJECTED'
                  ELSE 'ACCEPTED' END)::"DocumentReviewStatus",
            CASE WHEN a.status <> 'SUBMITTED' THEN a."claimedById" END,
            CASE WHEN a.status <> 'SUBMITTED' THEN a."submittedAt" + interval '1 day' END,
            a."submittedAt" - interval '1 hour'
       FROM "Application" a CROSS JOIN unnest($1::text[]) AS k(kind)
      WHERE a.reference LIKE 'AP-BENCH-%' AND a.status <> 'DRAFT'`,
    [DOCUMENT_TYPES, BENCH_FILE],
  );
  await timed(
    'change requests',
    `INSERT INTO "ChangeRequest" (id, "applicationId", "requestedById", message, fields, "documentTypes", "createdAt", "resolvedAt")
     SELECT gen_random_uuid(), a.id, a."claimedById", '请补充清晰的营业执照照片', '{contactName}', '{BUSINESS_LICENCE}',
            a."submittedAt" + interval '1 day', a."submittedAt" + interval '2 days'
       FROM "Application" a
      WHERE a.reference LIKE 'AP-BENCH-%' AND a."claimedById" IS NOT NULL AND random() < 0.12`,
  );
  await timed(
    'agreements',
    `WITH t AS (SELECT DISTINCT ON ("providerId") "providerId", id FROM "AgreementTemplate" ORDER BY "providerId", version DESC),
          f AS (SELECT DISTINCT ON ("providerId") "providerId", id FROM "FeeSchedule" ORDER BY "providerId", version DESC)
     INSERT INTO "Agreement" (id, reference, "applicationId", "providerId", "templateId", "feeScheduleId", "feeSnapshot", status, version,
                              "documentSha256", "merchantSignedName", "merchantSignedAt", "countersignedById",
                              "countersignedAt", "createdAt", "updatedAt")
     SELECT gen_random_uuid(), 'AG-BENCH-' || substr(a.reference, 10), a.id, a."providerId", t.id, f.id, '{}', 'COUNTERSIGNED', 2,
            $1, '张三', a."decidedAt" + interval '1 day', a."firstApproverId",
            a."decidedAt" + interval '2 days' + random() * interval '8 hours', a."decidedAt" + interval '2 hours', localtimestamp
       FROM "Application" a JOIN t ON t."providerId" = a."providerId" JOIN f ON f."providerId" = a."providerId"
      WHERE a.reference LIKE 'AP-BENCH-%' AND a.status = 'LIVE'`,
    [BENCH_FILE],
  );
  await timed(
    'installations',
    `INSERT INTO "InstallationAppointment" (id, "applicationId", "providerId", status, version, "proposedWindows", address,
                                            "acceptedAt", "createdAt", "updatedAt")
     SELECT gen_random_uuid(), g."applicationId", g."providerId", 'ACCEPTED', 4, '[]', '北京市朝阳区 1 号',
            g."countersignedAt" + interval '1 day' + random() * interval '5 days', g."countersignedAt", localtimestamp
       FROM "Agreement" g WHERE g.reference LIKE 'AG-BENCH-%'`,
  );
  await timed(
    'troubleshooting sessions',
    `WITH term AS MATERIALIZED (
       SELECT row_number() OVER (ORDER BY "serialNumber") - 1 AS n, id, "providerId", "merchantId"
         FROM "Terminal" WHERE "serialNumber" LIKE 'BENCH-%'
     ), draw AS (
       SELECT g, random() AS r_outcome, random() AS r_age, 1 + floor(random() * 8)::int AS c FROM generate_series(1, $1::int) AS g
     ), d AS (
       SELECT draw.*, localtimestamp - r_age * interval '400 days' AS created,
              CASE WHEN r_outcome < 0.55 THEN 'SELF_RESOLVED' WHEN r_outcome < 0.85 THEN 'ESCALATED'
                   WHEN r_outcome < 0.95 THEN 'ABANDONED' ELSE 'IN_PROGRESS' END AS outcome
         FROM draw
     )
     INSERT INTO "TroubleshootingSession" (id, "merchantId", "terminalId", "providerId", category, steps, outcome, "createdAt", "endedAt")
     SELECT gen_random_uuid(), term."merchantId", term.id, term."providerId", ($2::text[])[c]::"FaultCategory", '[]',
            outcome::"TroubleshootingOutcome", created, CASE WHEN outcome <> 'IN_PROGRESS' THEN created + interval '6 minutes' END
       -- a constant modulus, so the join is a hash join (with the count as a column it was a 200 000 x 6 000 nested loop)
       FROM d JOIN term ON term.n = (d.g::bigint * 7919) % $3::int`,
    [sessions, CATEGORIES, terminals],
  );
  return { ...counts, seconds: timings };
}
