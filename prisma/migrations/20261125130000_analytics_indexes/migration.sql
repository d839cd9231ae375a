-- CreateIndex
CREATE INDEX "Application_providerId_submittedAt_idx" ON "Application"("providerId", "submittedAt");

-- CreateIndex
CREATE INDEX "Application_providerId_decidedAt_idx" ON "Application"("providerId", "decidedAt");

-- CreateIndex
CREATE INDEX "InstallationAppointment_providerId_acceptedAt_idx" ON "InstallationAppointment"("providerId", "acceptedAt");

-- CreateIndex
CREATE INDEX "Ticket_providerId_createdAt_idx" ON "Ticket"("providerId", "createdAt");

