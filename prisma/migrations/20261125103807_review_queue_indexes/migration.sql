-- The review queue reads open applications of one provider oldest-due first with a (reviewDueAt, id) cursor.
-- A partial index holding only queue statuses keeps that an ordered index scan at any table size.
CREATE INDEX "Application_review_queue" ON "Application" ("providerId", "reviewDueAt", "id")
  WHERE "status" IN ('SUBMITTED', 'IN_REVIEW', 'PENDING_SECOND_APPROVAL');

-- The platform admin's cross-provider queue.
CREATE INDEX "Application_review_queue_all" ON "Application" ("reviewDueAt", "id")
  WHERE "status" IN ('SUBMITTED', 'IN_REVIEW', 'PENDING_SECOND_APPROVAL');

-- Queue search by business name (contains) uses trigrams.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE INDEX "Application_businessName_trgm" ON "Application" USING gin ("businessName" gin_trgm_ops);
