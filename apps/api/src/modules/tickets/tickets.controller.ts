import { Body, Controller, Get, Headers, HttpCode, Param, Post, Put, Query, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiConsumes, ApiTags } from '@nestjs/swagger';
import { Role, type SiteVisitListResponse, type SiteVisitView, type SlaSettings, type TicketAttachmentView, type TicketDetail, type TicketListResponse } from '@pos/shared';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { AuthUser } from '../../core/auth/auth-user.js';
import { CurrentUser, Roles } from '../../core/auth/decorators.js';
import { sendFile } from '../../core/http/file-reply.js';
import { UuidParamPipe } from '../../core/http/uuid-param.pipe.js';
import { Idempotent } from '../../core/idempotency/idempotency.interceptor.js';
import {
  AssignTicketDto,
  CompleteSiteVisitDto,
  CreateTicketDto,
  DispatchSiteVisitDto,
  MergeTicketDto,
  MerchantMessageDto,
  MerchantTicketListQueryDto,
  QueueQueryDto,
  RateTicketDto,
  SlaSettingsDto,
  TicketMessageDto,
  TicketPriorityDto,
  TicketTransitionDto,
} from './dto/tickets.dto.js';
import { SiteVisitsService } from './site-visits.service.js';
import { TicketsService } from './tickets.service.js';

@ApiTags('tickets')
@ApiBearerAuth()
@Roles(Role.MERCHANT)
@Controller('tickets')
export class MerchantTicketsController {
  constructor(private readonly tickets: TicketsService) {}

  @Get()
  list(@CurrentUser() user: AuthUser, @Query() query: MerchantTicketListQueryDto): Promise<TicketListResponse> {
    return this.tickets.merchantList(user, query.cursor);
  }

  @Post()
  @Idempotent()
  create(@CurrentUser() user: AuthUser, @Body() dto: CreateTicketDto): Promise<TicketDetail> {
    return this.tickets.create(user, dto);
  }

  @Get(':id')
  get(@CurrentUser() user: AuthUser, @Param('id', UuidParamPipe) id: string): Promise<TicketDetail> {
    return this.tickets.merchantTicket(user, id);
  }

  @Post(':id/messages')
  @Idempotent()
  reply(@CurrentUser() user: AuthUser, @Param('id', UuidParamPipe) id: string, @Body() dto: MerchantMessageDto): Promise<TicketDetail> {
    return this.tickets.merchantReply(user, id, dto);
  }

  @Post(':id/attachments')
  @Idempotent()
  @ApiConsumes('multipart/form-data')
  upload(@CurrentUser() user: AuthUser, @Param('id', UuidParamPipe) id: string, @Req() request: FastifyRequest): Promise<TicketAttachmentView> {
    return this.tickets.uploadAttachment(user, id, request);
  }

  @Get(':id/attachments/:attachmentId')
  async download(@CurrentUser() user: AuthUser, @Param('id', UuidParamPipe) id: string, @Param('attachmentId', UuidParamPipe) attachmentId: string, @Headers('range') range: string | undefined, @Res() reply: FastifyReply): Promise<void> {
    await sendFile(reply, await this.tickets.download(user, id, attachmentId), range);
  }

  @Post(':id/rate')
  @HttpCode(200)
  rate(@CurrentUser() user: AuthUser, @Param('id', UuidParamPipe) id: string, @Body() dto: RateTicketDto): Promise<TicketDetail> {
    return this.tickets.rate(user, id, dto);
  }

  @Post(':id/cancel')
  @HttpCode(200)
  cancel(@CurrentUser() user: AuthUser, @Param('id', UuidParamPipe) id: string): Promise<TicketDetail> {
    return this.tickets.cancel(user, id);
  }
}

const DESK = [Role.SUPPORT, Role.PROVIDER_ADMIN] as const;

@ApiTags('tickets')
@ApiBearerAuth()
@Controller('console')
export class ConsoleTicketsController {
  constructor(
    private readonly tickets: TicketsService,
    private readonly visits: SiteVisitsService,
  ) {}

  @Get('tickets')
  @Roles(...DESK)
  queue(@CurrentUser() user: AuthUser, @Query() query: QueueQueryDto): Promise<TicketListResponse> {
    return this.tickets.queue(user, query);
  }

  @Get('ticket-assignees')
  @Roles(...DESK)
  assignees(@CurrentUser() user: AuthUser) {
    return this.tickets.assignees(user);
  }

  @Get('tickets/:id')
  @Roles(...DESK)
  get(@CurrentUser() user: AuthUser, @Param('id', UuidParamPipe) id: string): Promise<TicketDetail> {
    return this.tickets.consoleTicket(user, id);
  }

  @Post('tickets/:id/messages')
  @Idempotent()
  @Roles(...DESK)
  message(@CurrentUser() user: AuthUser, @Param('id', UuidParamPipe) id: string, @Body() dto: TicketMessageDto): Promise<TicketDetail> {
    return this.tickets.staffMessage(user, id, dto);
  }

  @Post('tickets/:id/attachments')
  @Idempotent()
  @Roles(...DESK)
  @ApiConsumes('multipart/form-data')
  upload(@CurrentUser() user: AuthUser, @Param('id', UuidParamPipe) id: string, @Req() request: FastifyRequest): Promise<TicketAttachmentView> {
    return this.tickets.uploadAttachment(user, id, request);
  }

  @Get('tickets/:id/attachments/:attachmentId')
  @Roles(...DESK)
  async download(@CurrentUser() user: AuthUser, @Param('id', UuidParamPipe) id: string, @Param('attachmentId', UuidParamPipe) attachmentId: string, @Headers('range') range: string | undefined, @Res() reply: FastifyReply): Promise<void> {
    await sendFile(reply, await this.tickets.download(user, id, attachmentId), range);
  }

  @Post('tickets/:id/transition')
  @HttpCode(200)
  @Roles(...DESK)
  transition(@CurrentUser() user: AuthUser, @Param('id', UuidParamPipe) id: string, @Body() dto: TicketTransitionDto): Promise<TicketDetail> {
    return this.tickets.transition(user, id, dto);
  }

  @Post('tickets/:id/assign')
  @HttpCode(200)
  @Roles(...DESK)
  assign(@CurrentUser() user: AuthUser, @Param('id', UuidParamPipe) id: string, @Body() dto: AssignTicketDto): Promise<TicketDetail> {
    return this.tickets.assign(user, id, dto.assigneeId);
  }

  @Post('tickets/:id/priority')
  @HttpCode(200)
  @Roles(...DESK)
  priority(@CurrentUser() user: AuthUser, @Param('id', UuidParamPipe) id: string, @Body() dto: TicketPriorityDto): Promise<TicketDetail> {
    return this.tickets.setPriority(user, id, dto.priority);
  }

  @Post('tickets/:id/merge')
  @HttpCode(200)
  @Roles(...DESK)
  merge(@CurrentUser() user: AuthUser, @Param('id', UuidParamPipe) id: string, @Body() dto: MergeTicketDto): Promise<TicketDetail> {
    return this.tickets.merge(user, id, dto.intoReference);
  }

  @Post('tickets/:id/site-visits')
  @Roles(...DESK)
  dispatch(@CurrentUser() user: AuthUser, @Param('id', UuidParamPipe) id: string, @Body() dto: DispatchSiteVisitDto): Promise<TicketDetail> {
    return this.visits.dispatch(user, id, dto);
  }

  @Get('provider/sla')
  @Roles(...DESK)
  slaSettings(@CurrentUser() user: AuthUser): Promise<SlaSettings> {
    return this.tickets.slaSettings(user);
  }

  @Put('provider/sla')
  @Roles(Role.PROVIDER_ADMIN)
  updateSlaSettings(@CurrentUser() user: AuthUser, @Body() dto: SlaSettingsDto): Promise<SlaSettings> {
    return this.tickets.updateSlaSettings(user, dto);
  }

  @Get('visits')
  @Roles(Role.TECHNICIAN)
  myVisits(@CurrentUser() user: AuthUser): Promise<SiteVisitListResponse> {
    return this.visits.mine(user);
  }

  @Post('visits/:id/complete')
  @HttpCode(200)
  @Roles(Role.TECHNICIAN)
  completeVisit(@CurrentUser() user: AuthUser, @Param('id', UuidParamPipe) id: string, @Body() dto: CompleteSiteVisitDto): Promise<SiteVisitView> {
    return this.visits.complete(user, id, dto);
  }
}
