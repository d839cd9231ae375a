import { type CurrentUser, type Locale } from '@pos/shared';
import type { Prisma } from '../../generated/prisma/client.js';

type UserWithProvider = Prisma.UserGetPayload<{ include: { provider: { select: { id: true; name: true } } } }>;

export function toCurrentUser(user: UserWithProvider): CurrentUser {
  return {
    id: user.id,
    role: user.role,
    displayName: user.displayName,
    mobile: user.mobile,
    email: user.email,
    locale: user.locale as Locale,
    provider: user.provider ? { id: user.provider.id, name: user.provider.name } : null,
  };
}
