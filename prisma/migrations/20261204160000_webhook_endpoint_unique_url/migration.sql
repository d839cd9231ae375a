-- One webhook endpoint per URL per provider (ADR 0015): a repeated registration is refused, not stored twice.
-- Exact duplicates left by earlier double clicks are removed first, keeping the oldest (and its deliveries).
DELETE FROM "WebhookEndpoint" AS later
USING "WebhookEndpoint" AS earlier
WHERE later."providerId" = earlier."providerId"
  AND later.url = earlier.url
  AND (later."createdAt", later.id) > (earlier."createdAt", earlier.id);

CREATE UNIQUE INDEX "WebhookEndpoint_providerId_url_key" ON "WebhookEndpoint"("providerId", "url");
