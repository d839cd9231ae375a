import { Module } from '@nestjs/common';
import { TicketsModule } from '../tickets/tickets.module.js';
import { InspectionScheduleModule } from './inspection-schedule.js';
import { InspectionsService } from './inspections.service.js';
import { PreparednessService } from './preparedness.service.js';
import { ConsoleInspectionsController, MerchantPreventionController } from './prevention.controller.js';
import { PreventionRepository } from './prevention.repository.js';
import { TrainingService } from './training.service.js';

/** Prevention: periodic inspections and their reminders, cashier training, the emergency plan and the reminder sign. */
@Module({
  imports: [TicketsModule, InspectionScheduleModule],
  controllers: [ConsoleInspectionsController, MerchantPreventionController],
  providers: [InspectionsService, TrainingService, PreparednessService, PreventionRepository],
})
export class PreventionModule {}
