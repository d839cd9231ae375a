-- Provider suspensions and site visits change status through the transition runner like every other status row:
-- conditional on (id, status, version), which moves on with each change.
ALTER TABLE "Provider" ADD COLUMN "version" INTEGER NOT NULL DEFAULT 0;
ALTER TABLE "SiteVisit" ADD COLUMN "version" INTEGER NOT NULL DEFAULT 0;
