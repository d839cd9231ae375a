-- AlterTable
ALTER TABLE "EmergencyPlan" ADD COLUMN     "providerHotline" TEXT;

-- AlterTable
ALTER TABLE "Inspection" ADD COLUMN     "followUpTicketId" UUID,
ADD COLUMN     "reminderSentAt" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "OutboxEmail" ADD COLUMN     "locale" TEXT NOT NULL DEFAULT 'zh-CN',
ADD COLUMN     "type" TEXT NOT NULL DEFAULT '';

-- AlterTable
ALTER TABLE "TerminalModel" ADD COLUMN     "inspectionIntervalDays" INTEGER;

-- AlterTable
ALTER TABLE "TrainingRecord" ADD COLUMN     "quizScore" INTEGER,
ADD COLUMN     "quizTotal" INTEGER;

-- AlterTable
ALTER TABLE "WebhookDelivery" ADD COLUMN     "deliveredAt" TIMESTAMP(3),
ADD COLUMN     "lastError" TEXT,
ADD COLUMN     "replayOfId" UUID;

-- AlterTable
ALTER TABLE "WebhookEndpoint" ADD COLUMN     "allowPrivateNetwork" BOOLEAN NOT NULL DEFAULT false;

-- CreateTable
CREATE TABLE "MerchantPreventionSettings" (
    "merchantId" UUID NOT NULL,
    "trainingRefresherDays" INTEGER NOT NULL DEFAULT 365,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "MerchantPreventionSettings_pkey" PRIMARY KEY ("merchantId")
);

-- CreateTable
CREATE TABLE "NotificationPreference" (
    "userId" UUID NOT NULL,
    "type" TEXT NOT NULL,
    "inApp" BOOLEAN NOT NULL DEFAULT true,
    "email" BOOLEAN NOT NULL DEFAULT true,

    CONSTRAINT "NotificationPreference_pkey" PRIMARY KEY ("userId","type")
);

-- CreateIndex
CREATE UNIQUE INDEX "Inspection_followUpTicketId_key" ON "Inspection"("followUpTicketId");

-- CreateIndex
CREATE INDEX "WebhookDelivery_endpointId_createdAt_idx" ON "WebhookDelivery"("endpointId", "createdAt");

-- AddForeignKey
ALTER TABLE "MerchantPreventionSettings" ADD CONSTRAINT "MerchantPreventionSettings_merchantId_fkey" FOREIGN KEY ("merchantId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NotificationPreference" ADD CONSTRAINT "NotificationPreference_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

