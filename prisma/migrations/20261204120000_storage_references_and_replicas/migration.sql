-- Agreements hold their stored bytes by foreign key, like documents and attachments (ADR 0012). Rows for agreement
-- PDFs stored before this migration are created first (their size, unknown here, is read from the store when served).
INSERT INTO "StoredFile" ("sha256", "sizeBytes", "mimeType", "storageKey")
SELECT DISTINCT h."sha256", 0, 'application/pdf', h."sha256"
FROM (
  SELECT "documentSha256" AS "sha256" FROM "Agreement"
  UNION SELECT "finalSha256" FROM "Agreement" WHERE "finalSha256" IS NOT NULL
) h
ON CONFLICT ("sha256") DO NOTHING;

ALTER TABLE "Agreement" DROP COLUMN "documentStorageKey",
DROP COLUMN "finalStorageKey";

ALTER TABLE "Agreement" ADD CONSTRAINT "Agreement_documentSha256_fkey" FOREIGN KEY ("documentSha256") REFERENCES "StoredFile"("sha256") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "Agreement" ADD CONSTRAINT "Agreement_finalSha256_fkey" FOREIGN KEY ("finalSha256") REFERENCES "StoredFile"("sha256") ON DELETE RESTRICT ON UPDATE CASCADE;

-- One current document per (application, type). Races before this migration may have left several: the newest stays.
UPDATE "ApplicationDocument" d SET "replacedAt" = now()
FROM (
  SELECT "id", row_number() OVER (PARTITION BY "applicationId", "documentType" ORDER BY "createdAt" DESC, "id" DESC) AS "rank"
  FROM "ApplicationDocument" WHERE "replacedAt" IS NULL
) ranked
WHERE d."id" = ranked."id" AND ranked."rank" > 1;
CREATE UNIQUE INDEX "ApplicationDocument_one_current" ON "ApplicationDocument" ("applicationId", "documentType") WHERE "replacedAt" IS NULL;

CREATE TABLE "SystemSetting" (
    "key" TEXT NOT NULL,
    "value" TEXT NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SystemSetting_pkey" PRIMARY KEY ("key")
);

CREATE TABLE "CalendarRevision" (
    "id" INTEGER NOT NULL DEFAULT 1,
    "revision" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "CalendarRevision_pkey" PRIMARY KEY ("id")
);
INSERT INTO "CalendarRevision" ("id", "revision") VALUES (1, 0);

CREATE TABLE "rate_limit_counter" (
    "key" VARCHAR(255) NOT NULL,
    "points" INTEGER NOT NULL DEFAULT 0,
    "expire" BIGINT,

    CONSTRAINT "rate_limit_counter_pkey" PRIMARY KEY ("key")
);
