import { Body, Controller, Delete, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { type InstallationListResponse, type InstallationView, Role, type TerminalListResponse } from '@pos/shared';
import { IsIn, IsOptional } from 'class-validator';
import type { AuthUser } from '../../core/auth/auth-user.js';
import { CurrentUser, Roles } from '../../core/auth/decorators.js';
import { UuidParamPipe } from '../../core/http/uuid-param.pipe.js';
import { BookInstallationDto, CompleteInstallationDto, ConfirmInstallationDto, ReasonDto, RecordTerminalDto, RescheduleInstallationDto, TerminalSearchDto } from './dto/installation.dto.js';
import { InstallationsService } from './installations.service.js';

const APPOINTMENT_STATUSES = ['PROPOSED', 'CONFIRMED', 'ON_SITE', 'TESTED', 'ACCEPTED', 'CANCELLED'] as const;

class InstallationListQueryDto {
  @ApiPropertyOptional({ enum: APPOINTMENT_STATUSES }) @IsOptional() @IsIn(APPOINTMENT_STATUSES) status?: string;
}

@ApiTags('installations')
@ApiBearerAuth()
@Roles(Role.MERCHANT)
@Controller()
export class MerchantInstallationsController {
  constructor(private readonly installations: InstallationsService) {}

  @Post('applications/:id/installation')
  book(@CurrentUser() user: AuthUser, @Param('id', UuidParamPipe) id: string, @Body() dto: BookInstallationDto): Promise<InstallationView> {
    return this.installations.book(user, id, dto);
  }

  @Get('applications/:id/installation')
  forApplication(@CurrentUser() user: AuthUser, @Param('id', UuidParamPipe) id: string): Promise<InstallationView> {
    return this.installations.forApplication(user, id);
  }

  @Post('installations/:id/reschedule')
  @HttpCode(200)
  reschedule(@CurrentUser() user: AuthUser, @Param('id', UuidParamPipe) id: string, @Body() dto: RescheduleInstallationDto): Promise<InstallationView> {
    return this.installations.merchantReschedule(user, id, dto);
  }

  @Post('installations/:id/cancel')
  @HttpCode(200)
  cancel(@CurrentUser() user: AuthUser, @Param('id', UuidParamPipe) id: string, @Body() dto: ReasonDto): Promise<InstallationView> {
    return this.installations.merchantCancel(user, id, dto.reason);
  }

  @Post('installations/:id/accept')
  @HttpCode(200)
  accept(@CurrentUser() user: AuthUser, @Param('id', UuidParamPipe) id: string): Promise<InstallationView> {
    return this.installations.accept(user, id);
  }

  @Post('installations/:id/dispute')
  @HttpCode(200)
  dispute(@CurrentUser() user: AuthUser, @Param('id', UuidParamPipe) id: string, @Body() dto: ReasonDto): Promise<InstallationView> {
    return this.installations.dispute(user, id, dto.reason);
  }

  @Get('terminals')
  terminals(@CurrentUser() user: AuthUser): Promise<TerminalListResponse> {
    return this.installations.merchantTerminals(user);
  }
}

const DISPATCH = [Role.PROVIDER_ADMIN, Role.SUPPORT] as const;

@ApiTags('installations')
@ApiBearerAuth()
@Controller('console')
export class ConsoleInstallationsController {
  constructor(private readonly installations: InstallationsService) {}

  @Get('installations')
  @Roles(...DISPATCH)
  list(@CurrentUser() user: AuthUser, @Query() query: InstallationListQueryDto): Promise<InstallationListResponse> {
    return this.installations.list(user, query.status);
  }

  @Get('installations/:id')
  @Roles(...DISPATCH)
  get(@CurrentUser() user: AuthUser, @Param('id', UuidParamPipe) id: string): Promise<InstallationView> {
    return this.installations.getForProvider(user, id);
  }

  @Post('installations/:id/confirm')
  @HttpCode(200)
  @Roles(...DISPATCH)
  confirm(@CurrentUser() user: AuthUser, @Param('id', UuidParamPipe) id: string, @Body() dto: ConfirmInstallationDto): Promise<InstallationView> {
    return this.installations.confirm(user, id, dto);
  }

  @Post('installations/:id/reschedule')
  @HttpCode(200)
  @Roles(...DISPATCH)
  reschedule(@CurrentUser() user: AuthUser, @Param('id', UuidParamPipe) id: string, @Body() dto: RescheduleInstallationDto): Promise<InstallationView> {
    return this.installations.providerReschedule(user, id, dto);
  }

  @Post('installations/:id/cancel')
  @HttpCode(200)
  @Roles(...DISPATCH)
  cancel(@CurrentUser() user: AuthUser, @Param('id', UuidParamPipe) id: string, @Body() dto: ReasonDto): Promise<InstallationView> {
    return this.installations.providerCancel(user, id, dto.reason);
  }

  @Get('terminals')
  @Roles(Role.PROVIDER_ADMIN, Role.SUPPORT, Role.TECHNICIAN, Role.REVIEWER)
  terminals(@CurrentUser() user: AuthUser, @Query() query: TerminalSearchDto): Promise<TerminalListResponse> {
    return this.installations.providerTerminals(user, query.q);
  }

  @Get('jobs')
  @Roles(Role.TECHNICIAN)
  jobs(@CurrentUser() user: AuthUser): Promise<InstallationListResponse> {
    return this.installations.jobs(user);
  }

  @Get('jobs/:id')
  @Roles(Role.TECHNICIAN)
  job(@CurrentUser() user: AuthUser, @Param('id', UuidParamPipe) id: string): Promise<InstallationView> {
    return this.installations.job(user, id);
  }

  @Post('jobs/:id/arrive')
  @HttpCode(200)
  @Roles(Role.TECHNICIAN)
  arrive(@CurrentUser() user: AuthUser, @Param('id', UuidParamPipe) id: string): Promise<InstallationView> {
    return this.installations.arrive(user, id);
  }

  @Post('jobs/:id/terminals')
  @Roles(Role.TECHNICIAN)
  recordTerminal(@CurrentUser() user: AuthUser, @Param('id', UuidParamPipe) id: string, @Body() dto: RecordTerminalDto): Promise<InstallationView> {
    return this.installations.recordTerminal(user, id, dto);
  }

  @Delete('jobs/:id/terminals/:terminalId')
  @Roles(Role.TECHNICIAN)
  removeTerminal(@CurrentUser() user: AuthUser, @Param('id', UuidParamPipe) id: string, @Param('terminalId', UuidParamPipe) terminalId: string): Promise<InstallationView> {
    return this.installations.removeTerminal(user, id, terminalId);
  }

  @Post('jobs/:id/complete')
  @HttpCode(200)
  @Roles(Role.TECHNICIAN)
  complete(@CurrentUser() user: AuthUser, @Param('id', UuidParamPipe) id: string, @Body() dto: CompleteInstallationDto): Promise<InstallationView> {
    return this.installations.complete(user, id, dto);
  }
}
