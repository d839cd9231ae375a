import { Module } from '@nestjs/common';
import { ApplicationsModule } from '../applications/applications.module.js';
import { InspectionScheduleModule } from '../prevention/inspection-schedule.js';
import { ConsoleInstallationsController, MerchantInstallationsController } from './installations.controller.js';
import { InstallationsRepository } from './installations.repository.js';
import { InstallationsService } from './installations.service.js';
import { TechnicianSchedule } from './technician-schedule.js';

/** Installation appointments, on-site work and the terminal registry. */
@Module({
  imports: [ApplicationsModule, InspectionScheduleModule],
  controllers: [MerchantInstallationsController, ConsoleInstallationsController],
  providers: [InstallationsService, InstallationsRepository, TechnicianSchedule],
  exports: [TechnicianSchedule],
})
export class InstallationsModule {}
