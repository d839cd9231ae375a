-- (No semicolons in these comments: the migration runner splits statements on them.)
-- Analytics dashboard (issue #11): every aggregate reads its figures from an index alone (index-only scans)
-- instead of visiting the table rows. Measured by bench/analytics.bench.mjs (200 000 applications, 1 000 000
-- tickets, 365 days, one provider): the four ticket aggregates went from a bitmap heap scan or a parallel
-- sequential scan of "Ticket" reading the whole 391 MB table (190–680 ms each) to 20–110 ms, the funnel from
-- 116 ms to 22 ms, rejected documents from a sequential scan of "ApplicationDocument" and "Application"
-- (244 ms) to 50 ms, self-service from 44 ms to 7 ms. Each replaces the narrower index with the same leading
-- columns, so queries that used those keep working.

-- DropIndex
DROP INDEX "Ticket_providerId_createdAt_idx";

-- CreateIndex
CREATE INDEX "Ticket_analytics" ON "Ticket"("providerId", "createdAt", "category", "responseCode", "rating", "mergedIntoId", "firstRespondedAt", "firstResponseDueAt", "resolvedAt", "resolutionBreachedAt");

-- DropIndex
DROP INDEX "Application_providerId_submittedAt_idx";

-- CreateIndex
CREATE INDEX "Application_providerId_submittedAt_status_idx" ON "Application"("providerId", "submittedAt", "status");

-- DropIndex
DROP INDEX "Application_providerId_decidedAt_idx";

-- CreateIndex
CREATE INDEX "Application_analytics_decided" ON "Application"("providerId", "decidedAt", "status", "submittedAt", "reviewDueAt", "id");

-- DropIndex
DROP INDEX "TroubleshootingSession_providerId_createdAt_idx";

-- CreateIndex
CREATE INDEX "TroubleshootingSession_providerId_createdAt_outcome_idx" ON "TroubleshootingSession"("providerId", "createdAt", "outcome");

-- Rejected documents by review date (partial: about one document in twenty is rejected). Not expressible in
-- schema.prisma, noted on ApplicationDocument there.
CREATE INDEX "ApplicationDocument_rejected" ON "ApplicationDocument" ("reviewedAt", "applicationId", "documentType")
  WHERE "reviewStatus" = 'REJECTED';
