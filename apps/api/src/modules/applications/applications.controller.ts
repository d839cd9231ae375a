import { Body, Controller, Get, HttpCode, Param, Patch, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { type ApplicationListResponse, type ApplicationView, Role, type TimelineResponse } from '@pos/shared';
import type { AuthUser } from '../../core/auth/auth-user.js';
import { CurrentUser, Roles } from '../../core/auth/decorators.js';
import { UuidParamPipe } from '../../core/http/uuid-param.pipe.js';
import { Idempotent } from '../../core/idempotency/idempotency.interceptor.js';
import { ApplicationsService } from './applications.service.js';
import { CreateApplicationDto } from './dto/create-application.dto.js';
import { SaveApplicationDraftDto } from './dto/save-application-draft.dto.js';

@ApiTags('applications')
@ApiBearerAuth()
@Roles(Role.MERCHANT)
@Controller('applications')
export class ApplicationsController {
  constructor(private readonly applications: ApplicationsService) {}

  @Get()
  list(@CurrentUser() user: AuthUser): Promise<ApplicationListResponse> {
    return this.applications.list(user);
  }

  @Post()
  @Idempotent()
  create(@CurrentUser() user: AuthUser, @Body() dto: CreateApplicationDto): Promise<ApplicationView> {
    return this.applications.create(user, dto.providerId);
  }

  @Get(':id')
  get(@CurrentUser() user: AuthUser, @Param('id', UuidParamPipe) id: string): Promise<ApplicationView> {
    return this.applications.get(user, id);
  }

  @Patch(':id')
  save(@CurrentUser() user: AuthUser, @Param('id', UuidParamPipe) id: string, @Body() dto: SaveApplicationDraftDto): Promise<ApplicationView> {
    return this.applications.saveDraft(user, id, dto);
  }

  @Get(':id/timeline')
  timeline(@CurrentUser() user: AuthUser, @Param('id', UuidParamPipe) id: string): Promise<TimelineResponse> {
    return this.applications.timeline(user, id);
  }

  @Post(':id/submit')
  @HttpCode(200)
  submit(@CurrentUser() user: AuthUser, @Param('id', UuidParamPipe) id: string): Promise<ApplicationView> {
    return this.applications.submit(user, id);
  }

  @Post(':id/withdraw')
  @HttpCode(200)
  withdraw(@CurrentUser() user: AuthUser, @Param('id', UuidParamPipe) id: string): Promise<ApplicationView> {
    return this.applications.withdraw(user, id);
  }
}
