import { Body, Controller, Delete, Get, HttpCode, Param, Post, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import {
  type AdminWebhookListResponse,
  type AllowPrivateNetworkRequest,
  type CreatedWebhookResponse,
  type CreateWebhookRequest,
  type MailboxResponse,
  type NotificationListResponse,
  type NotificationPreferencesResponse,
  NOTIFICATION_TYPES,
  type NotificationType,
  Role,
  type UnreadCountResponse,
  type WebhookDeliveryListResponse,
  type WebhookDeliveryView,
  type WebhookEndpointListResponse,
  type WebhookEndpointView,
  WEBHOOK_EVENTS,
  type WebhookEvent,
} from '@pos/shared';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsBoolean, IsIn, IsOptional, IsString, MaxLength, ValidateNested } from 'class-validator';
import type { AuthUser } from '../../core/auth/auth-user.js';
import { CurrentUser, NoStore, Roles } from '../../core/auth/decorators.js';
import { UuidParamPipe } from '../../core/http/uuid-param.pipe.js';
import { Idempotent } from '../../core/idempotency/idempotency.interceptor.js';
import { IsWebUrl } from '../../core/validation/web-url.js';
import { NotificationCentre } from './notification-centre.js';
import { WebhooksService } from './webhooks.service.js';

class NotificationListQueryDto {
  @ApiPropertyOptional({ description: "The previous page's `nextCursor`" }) @IsOptional() @IsString() @MaxLength(200) cursor?: string;
  @ApiPropertyOptional({ enum: ['true', 'false'], description: 'Only unread notifications' }) @IsOptional() @IsIn(['true', 'false']) unread?: 'true' | 'false';
}

class MailboxQueryDto {
  @ApiPropertyOptional({ description: "The previous page's `nextCursor`" }) @IsOptional() @IsString() @MaxLength(200) cursor?: string;
}

class PreferenceDto {
  @ApiProperty({ enum: NOTIFICATION_TYPES }) @IsIn(NOTIFICATION_TYPES) type: NotificationType;
  @ApiProperty() @IsBoolean() inApp: boolean;
  @ApiProperty() @IsBoolean() email: boolean;
}

class PreferencesDto {
  @ApiProperty({ type: [PreferenceDto] }) @IsArray() @ArrayMaxSize(100) @ValidateNested({ each: true }) @Type(() => PreferenceDto) items: PreferenceDto[];
}

class CreateWebhookDto implements CreateWebhookRequest {
  @ApiProperty({ example: 'https://hooks.example.com/pos', format: 'uri' })
  @IsString()
  @IsWebUrl()
  @MaxLength(500)
  url: string;
  @ApiPropertyOptional({ enum: WEBHOOK_EVENTS, isArray: true }) @IsArray() @ArrayMinSize(1) @ArrayMaxSize(WEBHOOK_EVENTS.length) @IsIn(WEBHOOK_EVENTS, { each: true }) events: WebhookEvent[];
}

class AllowPrivateNetworkDto implements AllowPrivateNetworkRequest {
  @ApiProperty() @IsBoolean() allow: boolean;
}

@ApiTags('notifications')
@ApiBearerAuth()
@Controller('notifications')
export class NotificationsController {
  constructor(private readonly centre: NotificationCentre) {}

  @Get()
  list(@CurrentUser() user: AuthUser, @Query() query: NotificationListQueryDto): Promise<NotificationListResponse> {
    return this.centre.list(user, query.cursor, query.unread === 'true');
  }

  @Get('unread-count')
  async unreadCount(@CurrentUser() user: AuthUser): Promise<UnreadCountResponse> {
    return { count: await this.centre.unreadCount(user) };
  }

  @Post('read-all')
  @HttpCode(204)
  readAll(@CurrentUser() user: AuthUser): Promise<void> {
    return this.centre.markAllRead(user);
  }

  @Get('preferences')
  preferences(@CurrentUser() user: AuthUser): Promise<NotificationPreferencesResponse> {
    return this.centre.preferences(user);
  }

  @Put('preferences')
  savePreferences(@CurrentUser() user: AuthUser, @Body() dto: PreferencesDto): Promise<NotificationPreferencesResponse> {
    return this.centre.savePreferences(user, dto.items);
  }

  @Post(':id/read')
  @HttpCode(204)
  read(@CurrentUser() user: AuthUser, @Param('id', UuidParamPipe) id: string): Promise<void> {
    return this.centre.markRead(user, id);
  }
}

@ApiTags('notifications')
@ApiBearerAuth()
@Roles(Role.PROVIDER_ADMIN)
@Controller('console/webhooks')
export class ConsoleWebhooksController {
  constructor(private readonly webhooks: WebhooksService) {}

  @Get()
  list(@CurrentUser() user: AuthUser): Promise<WebhookEndpointListResponse> {
    return this.webhooks.list(user);
  }

  /** The answer carries the endpoint's signing secret, shown this once. */
  @Post()
  @NoStore()
  create(@CurrentUser() user: AuthUser, @Body() dto: CreateWebhookDto): Promise<CreatedWebhookResponse> {
    return this.webhooks.create(user, dto.url, dto.events);
  }

  @Delete(':id')
  @HttpCode(204)
  remove(@CurrentUser() user: AuthUser, @Param('id', UuidParamPipe) id: string): Promise<void> {
    return this.webhooks.remove(user, id);
  }

  @Get(':id/deliveries')
  deliveries(@CurrentUser() user: AuthUser, @Param('id', UuidParamPipe) id: string): Promise<WebhookDeliveryListResponse> {
    return this.webhooks.deliveries(user, id);
  }

  @Post(':id/deliveries/:deliveryId/replay')
  @Idempotent()
  replay(@CurrentUser() user: AuthUser, @Param('id', UuidParamPipe) id: string, @Param('deliveryId', UuidParamPipe) deliveryId: string): Promise<WebhookDeliveryView> {
    return this.webhooks.replay(user, id, deliveryId);
  }
}

@ApiTags('notifications')
@ApiBearerAuth()
@Roles(Role.PLATFORM_ADMIN)
@Controller('admin')
export class AdminNotificationsController {
  constructor(
    private readonly centre: NotificationCentre,
    private readonly webhooks: WebhooksService,
  ) {}

  @Get('mailbox')
  mailbox(@Query() query: MailboxQueryDto): Promise<MailboxResponse> {
    return this.centre.mailbox(query.cursor);
  }

  @Get('webhooks')
  webhookList(): Promise<AdminWebhookListResponse> {
    return this.webhooks.adminList();
  }

  @Put('webhooks/:id/private-network')
  allowPrivate(@CurrentUser() user: AuthUser, @Param('id', UuidParamPipe) id: string, @Body() dto: AllowPrivateNetworkDto): Promise<WebhookEndpointView> {
    return this.webhooks.allowPrivateNetwork(user, id, dto.allow);
  }
}
