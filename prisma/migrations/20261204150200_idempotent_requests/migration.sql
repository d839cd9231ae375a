-- Answers to creating requests sent with an Idempotency-Key, kept for a day so a repeated request (a double
-- click, a client retry) gets the first answer instead of creating a second record (ADR 0015).
CREATE TABLE "IdempotentRequest" (
    "id" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "scope" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "fingerprint" TEXT NOT NULL,
    "responseBody" JSONB,
    "completedAt" TIMESTAMP(3),
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "IdempotentRequest_pkey" PRIMARY KEY ("id")
);

CREATE UNIQUE INDEX "IdempotentRequest_userId_scope_key_key" ON "IdempotentRequest"("userId", "scope", "key");
