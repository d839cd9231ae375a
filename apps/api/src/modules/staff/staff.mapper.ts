import { type ProviderStaffRole, type StaffAccountView } from '@pos/shared';

/** The columns a staff screen needs, and no more: never the password hash or the invitation token hash themselves. */
export const STAFF_ACCOUNT_FIELDS = {
  id: true,
  displayName: true,
  role: true,
  mobile: true,
  email: true,
  lastLoginAt: true,
  disabledAt: true,
  createdAt: true,
  invitationExpiresAt: true,
  passwordHash: true,
} as const;

interface StaffAccountRow {
  id: string;
  displayName: string;
  role: string;
  mobile: string | null;
  email: string | null;
  lastLoginAt: Date | null;
  disabledAt: Date | null;
  createdAt: Date;
  invitationExpiresAt: Date | null;
  passwordHash: string | null;
}

export function toStaffAccountView(row: StaffAccountRow): StaffAccountView {
  return {
    id: row.id,
    displayName: row.displayName,
    role: row.role as ProviderStaffRole,
    mobile: row.mobile,
    email: row.email,
    status: row.disabledAt ? 'DISABLED' : row.passwordHash === null ? 'INVITED' : 'ACTIVE',
    invitationExpiresAt: row.passwordHash === null ? (row.invitationExpiresAt?.toISOString() ?? null) : null,
    lastLoginAt: row.lastLoginAt?.toISOString() ?? null,
    disabledAt: row.disabledAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
  };
}
