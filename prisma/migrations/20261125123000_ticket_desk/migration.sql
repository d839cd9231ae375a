-- DropIndex
DROP INDEX "Ticket_providerId_status_resolutionDueAt_idx";

-- AlterTable
ALTER TABLE "Provider" ADD COLUMN     "supportDayEndMinute" INTEGER NOT NULL DEFAULT 1080,
ADD COLUMN     "supportDayStartMinute" INTEGER NOT NULL DEFAULT 540;

-- AlterTable
ALTER TABLE "SiteVisit" ADD COLUMN     "instructions" TEXT NOT NULL DEFAULT '';

-- AlterTable
ALTER TABLE "Ticket" ADD COLUMN     "firstResponseBreachedAt" TIMESTAMP(3),
ADD COLUMN     "firstResponseWarnedAt" TIMESTAMP(3),
ADD COLUMN     "mergedIntoId" UUID,
ADD COLUMN     "resolutionBreachedAt" TIMESTAMP(3),
ADD COLUMN     "resolutionWarnedAt" TIMESTAMP(3),
ADD COLUMN     "slaDueAt" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "TroubleshootingSession" ADD COLUMN     "currentStepId" TEXT,
ADD COLUMN     "treeId" UUID;

-- CreateTable
CREATE TABLE "TroubleshootingTree" (
    "id" UUID NOT NULL,
    "category" "FaultCategory" NOT NULL,
    "version" INTEGER NOT NULL,
    "definition" JSONB NOT NULL,
    "createdById" UUID,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "TroubleshootingTree_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "TroubleshootingTree_category_version_key" ON "TroubleshootingTree"("category", "version");

-- CreateIndex
CREATE INDEX "SiteVisit_technicianId_scheduledStart_idx" ON "SiteVisit"("technicianId", "scheduledStart");

-- CreateIndex
CREATE INDEX "SiteVisit_ticketId_idx" ON "SiteVisit"("ticketId");

-- CreateIndex
CREATE INDEX "Ticket_providerId_status_slaDueAt_id_idx" ON "Ticket"("providerId", "status", "slaDueAt", "id");

-- CreateIndex
CREATE INDEX "Ticket_terminalId_createdAt_idx" ON "Ticket"("terminalId", "createdAt");

-- AddForeignKey
ALTER TABLE "TroubleshootingTree" ADD CONSTRAINT "TroubleshootingTree_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TroubleshootingSession" ADD CONSTRAINT "TroubleshootingSession_treeId_fkey" FOREIGN KEY ("treeId") REFERENCES "TroubleshootingTree"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Ticket" ADD CONSTRAINT "Ticket_mergedIntoId_fkey" FOREIGN KEY ("mergedIntoId") REFERENCES "Ticket"("id") ON DELETE SET NULL ON UPDATE CASCADE;


-- The support queue's default view is the tickets still being worked, ordered by the next SLA deadline.
CREATE INDEX "Ticket_support_queue" ON "Ticket" ("providerId", "slaDueAt", "id")
  WHERE "status" NOT IN ('RESOLVED', 'CLOSED');

-- A technician is not booked onto two site visits at once (installation jobs are checked in the same transaction).
ALTER TABLE "SiteVisit" ADD CONSTRAINT "SiteVisit_technician_no_overlap"
  EXCLUDE USING gist ("technicianId" WITH =, tsrange("scheduledStart", "scheduledEnd", '[)') WITH &&)
  WHERE ("status" = 'SCHEDULED');

-- Ratings are 1 to 5 stars.
ALTER TABLE "Ticket" ADD CONSTRAINT "Ticket_rating_range" CHECK ("rating" IS NULL OR "rating" BETWEEN 1 AND 5);
-- Support hours lie within one day and end after they start.
ALTER TABLE "Provider" ADD CONSTRAINT "Provider_support_hours" CHECK ("supportDayStartMinute" >= 0 AND "supportDayStartMinute" < "supportDayEndMinute" AND "supportDayEndMinute" <= 1440);
