import { Injectable } from '@nestjs/common';
import type { CurrentUser, Locale } from '@pos/shared';
import type { AuthUser } from '../../core/auth/auth-user.js';
import { DomainError } from '../../core/errors/domain-error.js';
import { toCurrentUser } from './current-user.mapper.js';
import { UserRepository } from './user.repository.js';

@Injectable()
export class AccountsService {
  constructor(private readonly users: UserRepository) {}

  async getSelf(user: AuthUser): Promise<CurrentUser> {
    const self = await this.users.findSelf(user.id);
    // A token can outlive its account only by its short lifetime; treat a deleted account as signed out.
    if (!self || self.disabledAt) throw DomainError.notFound();
    return toCurrentUser(self);
  }

  async updateLocale(user: AuthUser, locale: Locale): Promise<CurrentUser> {
    return toCurrentUser(await this.users.updateLocale(user.id, locale));
  }
}
