import { Module } from '@nestjs/common';
import { ApplicationsModule } from '../applications/applications.module.js';
import { AgreementsController, ConsoleAgreementsController } from './agreements.controller.js';
import { AgreementsRepository } from './agreements.repository.js';
import { AgreementsService } from './agreements.service.js';

@Module({
  imports: [ApplicationsModule],
  controllers: [AgreementsController, ConsoleAgreementsController],
  providers: [AgreementsService, AgreementsRepository],
  exports: [AgreementsService],
})
export class AgreementsModule {}
