-- One submitted, open application per business (credit code) per provider. Drafts no longer count: a draft is
-- private, and anyone could type a business's public credit code into one and lock every other account out of
-- applying to that provider with it. Closed applications (live, rejected, withdrawn) still do not count.
-- Prisma's schema language cannot express partial indexes: keep this index when generating later migrations.
DROP INDEX "Application_one_open_per_business_and_provider";

CREATE UNIQUE INDEX "Application_one_submitted_per_business_and_provider"
  ON "Application" ("providerId", "creditCode")
  WHERE "creditCode" IS NOT NULL AND "status" NOT IN ('DRAFT', 'LIVE', 'REJECTED', 'WITHDRAWN');
