import { Module } from '@nestjs/common';
import { InstallationsModule } from '../installations/installations.module.js';
import { SiteVisitsService } from './site-visits.service.js';
import { TicketSla } from './ticket-sla.js';
import { ConsoleTicketsController, MerchantTicketsController } from './tickets.controller.js';
import { TicketsRepository } from './tickets.repository.js';
import { TicketsService } from './tickets.service.js';

/** Fault tickets, their SLA clock and jobs, and on-site repair visits. */
@Module({
  imports: [InstallationsModule],
  controllers: [MerchantTicketsController, ConsoleTicketsController],
  providers: [TicketsService, TicketsRepository, TicketSla, SiteVisitsService],
  exports: [TicketsService],
})
export class TicketsModule {}
