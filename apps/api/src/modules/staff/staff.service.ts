import { Injectable } from '@nestjs/common';
import { type AuthUser, providerScopeOf } from '../../core/auth/auth-user.js';
import { DomainError } from '../../core/errors/domain-error.js';
import { StaffRepository } from './staff.repository.js';

@Injectable()
export class StaffService {
  constructor(private readonly staff: StaffRepository) {}

  async list(user: AuthUser) {
    return { items: await this.staff.listForProvider(providerScopeOf(user)) };
  }

  /** Who a dispatcher can send on site. */
  async technicians(user: AuthUser) {
    return { items: await this.staff.listTechnicians(providerScopeOf(user)) };
  }

  async get(user: AuthUser, staffId: string) {
    const member = await this.staff.findInProvider(providerScopeOf(user), staffId);
    if (!member) throw DomainError.notFound();
    return member;
  }

  async ownProvider(user: AuthUser) {
    const provider = await this.staff.findProvider(providerScopeOf(user));
    if (!provider) throw DomainError.notFound();
    const { _count, ...rest } = provider;
    return { ...rest, staffCount: _count.staff };
  }
}
