import type { Role } from '../domain/roles.js';
import type { Locale } from '../i18n/locale.js';

/** POST /api/auth/register: merchants only; staff accounts are created by their provider's admin. */
export interface RegisterRequest {
  /** Mainland mobile number or email address. */
  loginName: string;
  password: string;
  displayName: string;
}

/** POST /api/auth/login */
export interface LoginRequest {
  loginName: string;
  password: string;
}

/** Returned by login and refresh. The refresh token itself travels only in an httpOnly cookie. */
export interface SessionResponse {
  accessToken: string;
  /** Seconds until the access token expires. */
  expiresIn: number;
  user: CurrentUser;
}

/** GET /api/me */
export interface CurrentUser {
  id: string;
  role: Role;
  displayName: string;
  mobile: string | null;
  email: string | null;
  locale: Locale;
  /** Set for provider staff: the one provider whose data they see. */
  provider: { id: string; name: string } | null;
}

export interface HealthResponse {
  status: 'ok';
  database: 'up';
  version: string;
}
