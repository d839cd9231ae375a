import { Body, Controller, Get, Post, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  type DocumentRequirementView,
  type FeeScheduleListResponse,
  type FeeScheduleView,
  type ProviderProfileView,
  Role,
  type TerminalModelView,
} from '@pos/shared';
import type { AuthUser } from '../../core/auth/auth-user.js';
import { CurrentUser, Roles } from '../../core/auth/decorators.js';
import { Idempotent } from '../../core/idempotency/idempotency.interceptor.js';
import { CreateFeeScheduleDto } from './dto/create-fee-schedule.dto.js';
import { UpdateDocumentRequirementsDto } from './dto/update-document-requirements.dto.js';
import { UpdateProviderProfileDto } from './dto/update-provider-profile.dto.js';
import { UpdateTerminalModelsDto } from './dto/update-terminal-models.dto.js';
import { ProviderConsoleService } from './provider-console.service.js';

/** The provider admin's own provider; which one comes from the token, never from the URL. */
@ApiTags('console')
@ApiBearerAuth()
@Roles(Role.PROVIDER_ADMIN)
@Controller('console/provider')
export class ProviderConsoleController {
  constructor(private readonly admin: ProviderConsoleService) {}

  @Get('profile')
  @ApiOperation({ summary: "The own provider's marketplace profile and review rules" })
  profile(@CurrentUser() user: AuthUser): Promise<ProviderProfileView> {
    return this.admin.profile(user);
  }

  @Put('profile')
  @ApiOperation({ summary: 'Replace the profile; the name must be unique in the marketplace (409 otherwise)' })
  updateProfile(@CurrentUser() user: AuthUser, @Body() request: UpdateProviderProfileDto): Promise<ProviderProfileView> {
    return this.admin.updateProfile(user, request);
  }

  @Get('fee-schedules')
  @ApiOperation({ summary: 'Every published fee schedule version, newest first' })
  feeSchedules(@CurrentUser() user: AuthUser): Promise<FeeScheduleListResponse> {
    return this.admin.feeSchedules(user);
  }

  @Post('fee-schedules')
  @Idempotent()
  @ApiOperation({ summary: 'Publish the next fee schedule version; earlier versions stay unchanged' })
  publishFeeSchedule(@CurrentUser() user: AuthUser, @Body() request: CreateFeeScheduleDto): Promise<FeeScheduleView> {
    return this.admin.publishFeeSchedule(user, request);
  }

  @Put('document-requirements')
  @ApiOperation({ summary: 'Replace the documents merchants must upload; the business licence is always required' })
  updateDocumentRequirements(@CurrentUser() user: AuthUser, @Body() request: UpdateDocumentRequirementsDto): Promise<{ items: DocumentRequirementView[] }> {
    return this.admin.updateDocumentRequirements(user, request);
  }

  @Put('terminal-models')
  @ApiOperation({ summary: 'Replace the terminal models offered; models left out are withdrawn, not deleted' })
  updateTerminalModels(@CurrentUser() user: AuthUser, @Body() request: UpdateTerminalModelsDto): Promise<{ items: TerminalModelView[] }> {
    return this.admin.updateTerminalModels(user, request);
  }
}
