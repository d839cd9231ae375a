import { Module } from '@nestjs/common';
import { AccountsModule } from '../accounts/accounts.module.js';
import { AdminAuditRepository } from './admin-audit.repository.js';
import { AdminAuditService } from './admin-audit.service.js';
import { AdminCalendarService } from './admin-calendar.service.js';
import { AdminProvidersRepository } from './admin-providers.repository.js';
import { AdminProvidersService } from './admin-providers.service.js';
import { AdminAuditController, AdminCalendarController, AdminProvidersController } from './admin.controller.js';

/** Platform administration: providers on the marketplace, the business calendar, the audit log. */
@Module({
  imports: [AccountsModule],
  controllers: [AdminProvidersController, AdminCalendarController, AdminAuditController],
  providers: [AdminProvidersService, AdminProvidersRepository, AdminCalendarService, AdminAuditService, AdminAuditRepository],
})
export class AdminModule {}
