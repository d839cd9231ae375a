-- Queue search by credit code prefix (LIKE 'prefix%'). Without it, a search that looks like a code scanned a
-- provider's whole queue (≈ 20 ms at 17 000 queued, measured by bench/review-queue.bench.mjs).
CREATE INDEX "Application_review_queue_credit_code" ON "Application" ("creditCode" text_pattern_ops)
  WHERE "status" IN ('SUBMITTED', 'IN_REVIEW', 'PENDING_SECOND_APPROVAL');
