-- AlterEnum
ALTER TYPE "TerminalStatus" ADD VALUE 'IN_STOCK';
-- AlterTable
ALTER TABLE "InstallationAppointment" ADD COLUMN     "contactMobile" TEXT,
ADD COLUMN     "contactName" TEXT,
ADD COLUMN     "lastReason" TEXT;

-- A technician cannot be in two places at once: confirmed or ongoing jobs of one technician never overlap.
-- An exclusion constraint decides it in the database, so two dispatchers confirming at the same moment cannot both win.
CREATE EXTENSION IF NOT EXISTS btree_gist;
ALTER TABLE "InstallationAppointment" ADD CONSTRAINT "InstallationAppointment_technician_no_overlap"
  EXCLUDE USING gist ("technicianId" WITH =, tsrange("confirmedStart", "confirmedEnd", '[)') WITH &&)
  WHERE ("status" IN ('CONFIRMED', 'ON_SITE') AND "technicianId" IS NOT NULL);
