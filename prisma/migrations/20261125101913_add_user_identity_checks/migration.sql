-- Every account can sign in: it has a mobile number or an email (or both).
ALTER TABLE "User" ADD CONSTRAINT "User_login_name_present" CHECK ("mobile" IS NOT NULL OR "email" IS NOT NULL);

-- Provider staff belong to exactly one provider, merchants and platform admins to none: tenancy rests on this.
ALTER TABLE "User" ADD CONSTRAINT "User_provider_matches_role" CHECK (
  ("role" IN ('REVIEWER', 'SUPPORT', 'TECHNICIAN', 'PROVIDER_ADMIN')) = ("providerId" IS NOT NULL)
);

-- Emails are stored lower-case so the unique index is case-insensitive in effect.
ALTER TABLE "User" ADD CONSTRAINT "User_email_lower_case" CHECK ("email" = lower("email"));
