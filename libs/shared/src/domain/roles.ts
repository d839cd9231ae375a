/** Every role an account can hold. One account has exactly one role. */
export const Role = {
  MERCHANT: 'MERCHANT',
  REVIEWER: 'REVIEWER',
  SUPPORT: 'SUPPORT',
  TECHNICIAN: 'TECHNICIAN',
  PROVIDER_ADMIN: 'PROVIDER_ADMIN',
  PLATFORM_ADMIN: 'PLATFORM_ADMIN',
} as const;
export type Role = (typeof Role)[keyof typeof Role];
export const ROLES = Object.values(Role);

/** Roles that belong to exactly one provider and only ever see that provider's data. */
export const PROVIDER_STAFF_ROLES = [Role.REVIEWER, Role.SUPPORT, Role.TECHNICIAN, Role.PROVIDER_ADMIN] as const;
export type ProviderStaffRole = (typeof PROVIDER_STAFF_ROLES)[number];

export function isProviderStaff(role: Role): role is ProviderStaffRole {
  return (PROVIDER_STAFF_ROLES as readonly Role[]).includes(role);
}

/** Which of the three web areas a role lands in. */
export type PortalArea = 'merchant' | 'console' | 'admin';
export function portalAreaOf(role: Role): PortalArea {
  if (role === Role.MERCHANT) return 'merchant';
  if (role === Role.PLATFORM_ADMIN) return 'admin';
  return 'console';
}
