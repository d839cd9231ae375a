import { Body, Controller, Get, HttpCode, Param, Post, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { Role, type StaffAccountListResponse, type StaffAccountView } from '@pos/shared';
import type { AuthUser } from '../../core/auth/auth-user.js';
import { CurrentUser, Roles } from '../../core/auth/decorators.js';
import { UuidParamPipe } from '../../core/http/uuid-param.pipe.js';
import { ChangeStaffRoleDto, InviteStaffDto } from './dto/staff.dto.js';
import { StaffService } from './staff.service.js';

@ApiTags('console')
@ApiBearerAuth()
@Controller('console')
export class StaffController {
  constructor(private readonly staff: StaffService) {}

  @Get('provider')
  @Roles(Role.REVIEWER, Role.SUPPORT, Role.TECHNICIAN, Role.PROVIDER_ADMIN)
  provider(@CurrentUser() user: AuthUser) {
    return this.staff.ownProvider(user);
  }

  @Get('staff')
  @Roles(Role.PROVIDER_ADMIN)
  list(@CurrentUser() user: AuthUser): Promise<StaffAccountListResponse> {
    return this.staff.list(user);
  }

  @Get('technicians')
  @Roles(Role.PROVIDER_ADMIN, Role.SUPPORT)
  technicians(@CurrentUser() user: AuthUser) {
    return this.staff.technicians(user);
  }

  @Post('staff/invitations')
  @Roles(Role.PROVIDER_ADMIN)
  invite(@CurrentUser() user: AuthUser, @Body() dto: InviteStaffDto): Promise<StaffAccountView> {
    return this.staff.invite(user, dto);
  }

  @Get('staff/:id')
  @Roles(Role.PROVIDER_ADMIN)
  get(@CurrentUser() user: AuthUser, @Param('id', UuidParamPipe) id: string): Promise<StaffAccountView> {
    return this.staff.get(user, id);
  }

  @Post('staff/:id/invitation')
  @HttpCode(200)
  @Roles(Role.PROVIDER_ADMIN)
  resendInvitation(@CurrentUser() user: AuthUser, @Param('id', UuidParamPipe) id: string): Promise<StaffAccountView> {
    return this.staff.resendInvitation(user, id);
  }

  @Put('staff/:id/role')
  @Roles(Role.PROVIDER_ADMIN)
  changeRole(@CurrentUser() user: AuthUser, @Param('id', UuidParamPipe) id: string, @Body() dto: ChangeStaffRoleDto): Promise<StaffAccountView> {
    return this.staff.changeRole(user, id, dto);
  }

  @Post('staff/:id/deactivate')
  @HttpCode(200)
  @Roles(Role.PROVIDER_ADMIN)
  deactivate(@CurrentUser() user: AuthUser, @Param('id', UuidParamPipe) id: string): Promise<StaffAccountView> {
    return this.staff.deactivate(user, id);
  }

  @Post('staff/:id/reactivate')
  @HttpCode(200)
  @Roles(Role.PROVIDER_ADMIN)
  reactivate(@CurrentUser() user: AuthUser, @Param('id', UuidParamPipe) id: string): Promise<StaffAccountView> {
    return this.staff.reactivate(user, id);
  }
}
