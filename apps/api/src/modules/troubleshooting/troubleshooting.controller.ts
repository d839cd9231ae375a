import { Body, Controller, Get, HttpCode, Param, Post, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { FaultCategory, Role, type TicketDetail, type TroubleshootingSessionView, type TroubleshootingTreeVersionList, type TroubleshootingTreeView } from '@pos/shared';
import type { AuthUser } from '../../core/auth/auth-user.js';
import { CurrentUser, Roles } from '../../core/auth/decorators.js';
import { EnumParamPipe } from '../../core/http/enum-param.pipe.js';
import { UuidParamPipe } from '../../core/http/uuid-param.pipe.js';
import { Idempotent } from '../../core/idempotency/idempotency.interceptor.js';
import { EscalateTroubleshootingDto, SaveTroubleshootingTreeDto, StartTroubleshootingDto, TroubleshootingAnswerDto } from './dto/troubleshooting.dto.js';
import { TroubleshootingTrees } from './troubleshooting-trees.js';
import { TroubleshootingService } from './troubleshooting.service.js';

const categoryPipe = new EnumParamPipe(FaultCategory, 'category');

@ApiTags('troubleshooting')
@ApiBearerAuth()
@Roles(Role.MERCHANT)
@Controller('troubleshooting')
export class TroubleshootingController {
  constructor(
    private readonly troubleshooting: TroubleshootingService,
    private readonly trees: TroubleshootingTrees,
  ) {}

  @Get('trees/:category')
  tree(@Param('category', categoryPipe) category: FaultCategory): Promise<TroubleshootingTreeView> {
    return this.trees.currentView(category);
  }

  @Post('sessions')
  @Idempotent()
  start(@CurrentUser() user: AuthUser, @Body() dto: StartTroubleshootingDto): Promise<TroubleshootingSessionView> {
    return this.troubleshooting.start(user, dto);
  }

  @Get('sessions/:id')
  get(@CurrentUser() user: AuthUser, @Param('id', UuidParamPipe) id: string): Promise<TroubleshootingSessionView> {
    return this.troubleshooting.get(user, id);
  }

  @Post('sessions/:id/answers')
  @HttpCode(200)
  answer(@CurrentUser() user: AuthUser, @Param('id', UuidParamPipe) id: string, @Body() dto: TroubleshootingAnswerDto): Promise<TroubleshootingSessionView> {
    return this.troubleshooting.answer(user, id, dto);
  }

  @Post('sessions/:id/ticket')
  escalate(@CurrentUser() user: AuthUser, @Param('id', UuidParamPipe) id: string, @Body() dto: EscalateTroubleshootingDto): Promise<TicketDetail> {
    return this.troubleshooting.escalate(user, id, dto.description);
  }
}

@ApiTags('troubleshooting')
@ApiBearerAuth()
@Roles(Role.PLATFORM_ADMIN)
@Controller('admin/troubleshooting-trees')
export class TroubleshootingAdminController {
  constructor(private readonly trees: TroubleshootingTrees) {}

  @Get()
  all(): Promise<TroubleshootingTreeView[]> {
    return this.trees.all();
  }

  @Get(':category/versions')
  versions(@Param('category', categoryPipe) category: FaultCategory): Promise<TroubleshootingTreeVersionList> {
    return this.trees.versions(category);
  }

  @Put(':category')
  save(@CurrentUser() user: AuthUser, @Param('category', categoryPipe) category: FaultCategory, @Body() dto: SaveTroubleshootingTreeDto): Promise<TroubleshootingTreeView> {
    return this.trees.save(user.id, category, dto.definition);
  }
}
