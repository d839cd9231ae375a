import { Module } from '@nestjs/common';
import { TicketsModule } from '../tickets/tickets.module.js';
import { TroubleshootingAdminController, TroubleshootingController } from './troubleshooting.controller.js';
import { TroubleshootingTrees } from './troubleshooting-trees.js';
import { TroubleshootingService } from './troubleshooting.service.js';

/** Guided troubleshooting over versioned decision trees, escalating to tickets. */
@Module({
  imports: [TicketsModule],
  controllers: [TroubleshootingController, TroubleshootingAdminController],
  providers: [TroubleshootingService, TroubleshootingTrees],
})
export class TroubleshootingModule {}
