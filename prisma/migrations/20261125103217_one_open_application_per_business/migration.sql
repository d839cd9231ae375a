-- One open application per business (credit code) per provider. A partial index: closed applications (live,
-- rejected, withdrawn) do not count, so a merchant can apply again after a rejection.
-- Prisma's schema language cannot express partial indexes: keep this index when generating later migrations.
CREATE UNIQUE INDEX "Application_one_open_per_business_and_provider"
  ON "Application" ("providerId", "creditCode")
  WHERE "creditCode" IS NOT NULL AND "status" NOT IN ('LIVE', 'REJECTED', 'WITHDRAWN');
