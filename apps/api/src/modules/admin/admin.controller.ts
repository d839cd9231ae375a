import { Body, Controller, Delete, Get, HttpCode, Param, Post, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { type AdminProviderListResponse, type AdminProviderView, type AuditEventListResponse, type CalendarDayView, type CalendarYearResponse, Role, type StaffAccountView } from '@pos/shared';
import type { AuthUser } from '../../core/auth/auth-user.js';
import { CurrentUser, Roles } from '../../core/auth/decorators.js';
import { UuidParamPipe } from '../../core/http/uuid-param.pipe.js';
import { AdminAuditService } from './admin-audit.service.js';
import { AdminCalendarService } from './admin-calendar.service.js';
import { AdminProvidersService } from './admin-providers.service.js';
import { AuditEventQueryDto, CalendarYearQueryDto, CreateProviderDto, InviteProviderAdminDto, ProviderStatusChangeDto, SetCalendarDayDto } from './dto/admin.dto.js';

@ApiTags('admin')
@ApiBearerAuth()
@Roles(Role.PLATFORM_ADMIN)
@Controller('admin/providers')
export class AdminProvidersController {
  constructor(private readonly providers: AdminProvidersService) {}

  @Get()
  list(): Promise<AdminProviderListResponse> {
    return this.providers.list();
  }

  @Post()
  create(@CurrentUser() user: AuthUser, @Body() dto: CreateProviderDto): Promise<AdminProviderView> {
    return this.providers.create(user, dto);
  }

  @Get(':id')
  get(@Param('id', UuidParamPipe) id: string): Promise<AdminProviderView> {
    return this.providers.get(id);
  }

  @Post(':id/suspend')
  @HttpCode(200)
  suspend(@CurrentUser() user: AuthUser, @Param('id', UuidParamPipe) id: string, @Body() dto: ProviderStatusChangeDto): Promise<AdminProviderView> {
    return this.providers.suspend(user, id, dto.reason);
  }

  @Post(':id/restore')
  @HttpCode(200)
  restore(@CurrentUser() user: AuthUser, @Param('id', UuidParamPipe) id: string, @Body() dto: ProviderStatusChangeDto): Promise<AdminProviderView> {
    return this.providers.restore(user, id, dto.reason);
  }

  @Post(':id/invitations')
  inviteAdmin(@CurrentUser() user: AuthUser, @Param('id', UuidParamPipe) id: string, @Body() dto: InviteProviderAdminDto): Promise<StaffAccountView> {
    return this.providers.inviteAdmin(user, id, dto);
  }
}

@ApiTags('admin')
@ApiBearerAuth()
@Roles(Role.PLATFORM_ADMIN)
@Controller('admin/calendar')
export class AdminCalendarController {
  constructor(private readonly calendar: AdminCalendarService) {}

  @Get()
  year(@Query() query: CalendarYearQueryDto): Promise<CalendarYearResponse> {
    return this.calendar.year(query.year);
  }

  @Put(':date')
  set(@CurrentUser() user: AuthUser, @Param('date') date: string, @Body() dto: SetCalendarDayDto): Promise<CalendarDayView> {
    return this.calendar.set(user, date, dto.isWorkday, dto.name);
  }

  @Delete(':date')
  @HttpCode(204)
  remove(@CurrentUser() user: AuthUser, @Param('date') date: string): Promise<void> {
    return this.calendar.remove(user, date);
  }
}

@ApiTags('admin')
@ApiBearerAuth()
@Roles(Role.PLATFORM_ADMIN)
@Controller('admin/audit-events')
export class AdminAuditController {
  constructor(private readonly audit: AdminAuditService) {}

  @Get()
  search(@Query() query: AuditEventQueryDto): Promise<AuditEventListResponse> {
    return this.audit.search(query);
  }
}
