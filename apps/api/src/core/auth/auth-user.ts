import type { Role } from '@pos/shared';
import { DomainError } from '../errors/domain-error.js';

/** Who is calling, as carried by the access token. */
export interface AuthUser {
  id: string;
  role: Role;
  /** The provider a staff member belongs to; null for merchants and platform admins. */
  providerId: string | null;
}

/** Claims inside the access token. */
export interface AccessTokenClaims {
  sub: string;
  role: Role;
  pid: string | null;
  /** The LoginSession the token was issued in; ending that session ends the token (ADR 0014). */
  sid: string;
}

/**
 * The provider scope of a staff member. Every console query takes this as its tenant argument; a staff token
 * without a provider is a bug, so it is refused rather than allowed to see everything.
 */
export function providerScopeOf(user: AuthUser): string {
  if (!user.providerId) throw DomainError.forbidden();
  return user.providerId;
}
