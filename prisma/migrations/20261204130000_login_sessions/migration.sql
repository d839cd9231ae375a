-- One row per sign-in on one device. Access tokens carry its id, so ending it (logout, a replayed refresh token,
-- deactivation) ends them on their next request instead of when they expire (ADR 0014).
CREATE TABLE "LoginSession" (
    "id" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "revokedAt" TIMESTAMP(3),

    CONSTRAINT "LoginSession_pkey" PRIMARY KEY ("id")
);

CREATE INDEX "LoginSession_userId_idx" ON "LoginSession"("userId");

ALTER TABLE "LoginSession" ADD CONSTRAINT "LoginSession_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Every existing refresh-token family becomes a session, ended when none of its tokens is live any more.
INSERT INTO "LoginSession" ("id", "userId", "createdAt", "revokedAt")
SELECT "familyId", "userId", min("createdAt"),
       CASE WHEN bool_or("revokedAt" IS NULL) THEN NULL ELSE max("revokedAt") END
  FROM "RefreshToken"
 GROUP BY "familyId", "userId";

ALTER TABLE "RefreshToken" ADD CONSTRAINT "RefreshToken_familyId_fkey" FOREIGN KEY ("familyId") REFERENCES "LoginSession"("id") ON DELETE CASCADE ON UPDATE CASCADE;
