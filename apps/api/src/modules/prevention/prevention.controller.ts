import { Body, Controller, Delete, Get, HttpCode, Param, Post, Put, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiProduces, ApiTags } from '@nestjs/swagger';
import {
  type EmergencyPlanView,
  type InspectionDueListResponse,
  type InspectionListResponse,
  type InspectionView,
  type PreventionProviderListResponse,
  type PreventionSettingsView,
  Role,
  type TrainingModuleListResponse,
  type TrainingModuleView,
  type TrainingOverviewResponse,
  type TrainingRecordView,
} from '@pos/shared';
import type { FastifyReply } from 'fastify';
import type { AuthUser } from '../../core/auth/auth-user.js';
import { CurrentUser, Roles } from '../../core/auth/decorators.js';
import { UuidParamPipe } from '../../core/http/uuid-param.pipe.js';
import { InspectionDueQueryDto, PreventionSettingsDto, RecordInspectionDto, RecordTrainingDto, ReminderSignQueryDto, SaveEmergencyPlanDto } from './dto/prevention.dto.js';
import { InspectionsService } from './inspections.service.js';
import { type PdfFile, PreparednessService } from './preparedness.service.js';
import { TrainingService } from './training.service.js';

/** RFC 6266 / 5987 so the Chinese file name survives the download dialog. */
async function sendPdf(reply: FastifyReply, file: PdfFile): Promise<void> {
  await reply
    .header('content-type', 'application/pdf')
    .header('content-length', file.body.length)
    .header('content-disposition', `inline; filename="sign.pdf"; filename*=UTF-8''${encodeURIComponent(file.fileName)}`)
    .header('cache-control', 'private, no-store')
    .send(file.body);
}

const PROVIDER_STAFF = [Role.TECHNICIAN, Role.SUPPORT, Role.PROVIDER_ADMIN] as const;

@ApiTags('prevention')
@ApiBearerAuth()
@Controller('console')
export class ConsoleInspectionsController {
  constructor(private readonly inspections: InspectionsService) {}

  @Get('inspections/due')
  @Roles(...PROVIDER_STAFF)
  due(@CurrentUser() user: AuthUser, @Query() query: InspectionDueQueryDto): Promise<InspectionDueListResponse> {
    return this.inspections.listDue(user, query);
  }

  @Post('terminals/:id/inspections')
  @Roles(Role.TECHNICIAN)
  record(@CurrentUser() user: AuthUser, @Param('id', UuidParamPipe) id: string, @Body() dto: RecordInspectionDto): Promise<InspectionView> {
    return this.inspections.record(user, id, dto);
  }

  @Get('terminals/:id/inspections')
  @Roles(...PROVIDER_STAFF)
  history(@CurrentUser() user: AuthUser, @Param('id', UuidParamPipe) id: string): Promise<InspectionListResponse> {
    return this.inspections.providerHistory(user, id);
  }
}

@ApiTags('prevention')
@ApiBearerAuth()
@Roles(Role.MERCHANT)
@Controller('prevention')
export class MerchantPreventionController {
  constructor(
    private readonly inspections: InspectionsService,
    private readonly training: TrainingService,
    private readonly preparedness: PreparednessService,
  ) {}

  @Get('terminals/:id/inspections')
  inspectionHistory(@CurrentUser() user: AuthUser, @Param('id', UuidParamPipe) id: string): Promise<InspectionListResponse> {
    return this.inspections.merchantHistory(user, id);
  }

  @Get('providers')
  providers(@CurrentUser() user: AuthUser): Promise<PreventionProviderListResponse> {
    return this.preparedness.providers(user);
  }

  @Get('settings')
  settings(@CurrentUser() user: AuthUser): Promise<PreventionSettingsView> {
    return this.training.settings(user);
  }

  @Put('settings')
  saveSettings(@CurrentUser() user: AuthUser, @Body() dto: PreventionSettingsDto): Promise<PreventionSettingsView> {
    return this.training.saveSettings(user, dto);
  }

  @Get('training/modules')
  modules(): TrainingModuleListResponse {
    return this.training.modules();
  }

  @Get('training/modules/:module')
  module(@Param('module') module: string): TrainingModuleView {
    return this.training.module(module);
  }

  @Get('training/records')
  records(@CurrentUser() user: AuthUser): Promise<TrainingOverviewResponse> {
    return this.training.overview(user);
  }

  @Post('training/records')
  recordTraining(@CurrentUser() user: AuthUser, @Body() dto: RecordTrainingDto): Promise<TrainingRecordView> {
    return this.training.record(user, dto);
  }

  @Delete('training/records/:id')
  @HttpCode(204)
  removeTraining(@CurrentUser() user: AuthUser, @Param('id', UuidParamPipe) id: string): Promise<void> {
    return this.training.remove(user, id);
  }

  @Get('emergency-plan')
  plan(@CurrentUser() user: AuthUser): Promise<EmergencyPlanView> {
    return this.preparedness.plan(user);
  }

  @Put('emergency-plan')
  savePlan(@CurrentUser() user: AuthUser, @Body() dto: SaveEmergencyPlanDto): Promise<EmergencyPlanView> {
    return this.preparedness.savePlan(user, dto);
  }

  @Get('emergency-plan/pdf')
  @ApiProduces('application/pdf')
  async planPdf(@CurrentUser() user: AuthUser, @Res() reply: FastifyReply): Promise<void> {
    await sendPdf(reply, await this.preparedness.planPdf(user));
  }

  @Get('reminder-sign')
  @ApiProduces('application/pdf')
  async sign(@CurrentUser() user: AuthUser, @Query() query: ReminderSignQueryDto, @Res() reply: FastifyReply): Promise<void> {
    await sendPdf(reply, await this.preparedness.sign(user, query));
  }
}
