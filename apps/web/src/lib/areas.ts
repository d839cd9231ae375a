import { portalAreaOf, type PortalArea, type Role } from '@pos/shared';

/** The first page of each web area. */
export function areaHomePath(area: PortalArea): string {
  return `/${area}`;
}

/** Where a signed-in user of this role lands. */
export function homePathOf(role: Role): string {
  return areaHomePath(portalAreaOf(role));
}

/** Whether a path belongs to the area of this role (used to honour deep links after sign-in). */
export function isPathInRoleArea(path: string, role: Role): boolean {
  const home = homePathOf(role);
  return path === home || path.startsWith(`${home}/`);
}
