-- AlterTable
ALTER TABLE "Agreement" ADD COLUMN     "acknowledgements" JSONB,
ADD COLUMN     "reference" TEXT NOT NULL,
ADD COLUMN     "voidReason" TEXT;

-- AlterTable
ALTER TABLE "AgreementTemplate" ADD COLUMN     "bodyEn" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "createdById" UUID,
ADD COLUMN     "titleEn" TEXT NOT NULL DEFAULT '';

-- CreateIndex
CREATE UNIQUE INDEX "Agreement_reference_key" ON "Agreement"("reference");

-- CreateIndex
CREATE INDEX "Agreement_documentSha256_idx" ON "Agreement"("documentSha256");

