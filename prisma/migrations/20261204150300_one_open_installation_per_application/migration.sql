-- One open installation appointment per application (open: neither cancelled nor accepted). Booking looked for an
-- open appointment and then created one, so two requests at the same moment (a double click) both got through.
-- Copies made that way before this index: the first stays, the later ones are cancelled.
-- Prisma's schema language cannot express partial indexes: keep this index when generating later migrations.
UPDATE "InstallationAppointment" a
   SET status = 'CANCELLED'
  FROM "InstallationAppointment" earlier
 WHERE earlier."applicationId" = a."applicationId"
   AND earlier.status NOT IN ('CANCELLED', 'ACCEPTED')
   AND a.status NOT IN ('CANCELLED', 'ACCEPTED')
   AND (earlier."createdAt", earlier.id) < (a."createdAt", a.id);

CREATE UNIQUE INDEX "InstallationAppointment_one_open_per_application"
  ON "InstallationAppointment" ("applicationId")
  WHERE status NOT IN ('CANCELLED', 'ACCEPTED');
