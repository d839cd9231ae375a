-- Sign-in failures per login name and client address, plus an account-wide row per name (address "*"), counted
-- whether or not an account has the name (ADR 0014). Locks in force on User.lockedUntil are not carried over: they
-- end within LOGIN_LOCK_MINUTES anyway.
CREATE TABLE "LoginThrottle" (
    "subjectHash" TEXT NOT NULL,
    "address" TEXT NOT NULL,
    "failures" INTEGER NOT NULL DEFAULT 0,
    "windowStartedAt" TIMESTAMP(3) NOT NULL,
    "lockedUntil" TIMESTAMP(3),

    CONSTRAINT "LoginThrottle_pkey" PRIMARY KEY ("subjectHash","address")
);

CREATE INDEX "LoginThrottle_windowStartedAt_idx" ON "LoginThrottle"("windowStartedAt");
