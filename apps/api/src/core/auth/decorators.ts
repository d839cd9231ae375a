import { applyDecorators, createParamDecorator, type ExecutionContext, Header, SetMetadata } from '@nestjs/common';
import type { Role } from '@pos/shared';
import type { AuthUser } from './auth-user.js';

export const IS_PUBLIC = 'isPublic';
export const ROLES = 'roles';
export const SIGN_IN_RATE_LIMIT = 'signInRateLimit';

/** The route needs no access token (login, register, health). Everything else does. */
export const Public = () => SetMetadata(IS_PUBLIC, true);

/** Only these roles may call the route; others get 403. */
export const Roles = (...roles: Role[]) => SetMetadata(ROLES, roles);

/** The authenticated caller, as set by the JWT strategy. */
export const CurrentUser = createParamDecorator(
  (_data: unknown, context: ExecutionContext): AuthUser => context.switchToHttp().getRequest<{ user: AuthUser }>().user,
);

/** The route is a sign-in endpoint: it gets the tighter AUTH_RATE_LIMIT_PER_MINUTE against password guessing. */
export const SignInRateLimit = () => SetMetadata(SIGN_IN_RATE_LIMIT, true);

/**
 * The answer carries a session (an access token) or a secret (a plaintext ID number, a personal profile): no
 * browser cache, shared proxy or back button may keep a copy of it.
 */
export const NoStore = () => applyDecorators(Header('cache-control', 'no-store'));
