import { Controller, Get, Param } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { Role } from '@pos/shared';
import type { AuthUser } from '../../core/auth/auth-user.js';
import { CurrentUser, Roles } from '../../core/auth/decorators.js';
import { UuidParamPipe } from '../../core/http/uuid-param.pipe.js';
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
  list(@CurrentUser() user: AuthUser) {
    return this.staff.list(user);
  }

  @Get('technicians')
  @Roles(Role.PROVIDER_ADMIN, Role.SUPPORT)
  technicians(@CurrentUser() user: AuthUser) {
    return this.staff.technicians(user);
  }

  @Get('staff/:id')
  @Roles(Role.PROVIDER_ADMIN)
  get(@CurrentUser() user: AuthUser, @Param('id', UuidParamPipe) id: string) {
    return this.staff.get(user, id);
  }
}
