import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  type AssignTicketRequest,
  type CompleteSiteVisitRequest,
  CONSOLE_TICKET_EVENTS,
  type ConsoleTicketEvent,
  type CreateTicketRequest,
  type DispatchSiteVisitRequest,
  FaultCategory,
  type MergeTicketRequest,
  type RateTicketRequest,
  RESPONSE_CODE_VALUES,
  type SlaSettings,
  type SlaTarget,
  TicketPriority,
  type TicketMessageRequest,
  type TicketPriorityRequest,
  type TicketQueueQuery,
  TicketStatus,
  type TicketTransitionRequest,
} from '@pos/shared';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsDateString,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateIf,
  ValidateNested,
} from 'class-validator';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);
const upper = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim().toUpperCase() : value);
const emptyToUndefined = ({ value }: { value: unknown }) => (typeof value === 'string' && value.trim() === '' ? undefined : value);

export class CreateTicketDto implements CreateTicketRequest {
  @ApiProperty({ format: 'uuid' }) @IsUUID() terminalId: string;
  @ApiProperty({ enum: Object.values(FaultCategory) }) @IsIn(Object.values(FaultCategory)) category: FaultCategory;
  @ApiPropertyOptional({ example: '55' }) @IsOptional() @Transform(upper) @IsIn(RESPONSE_CODE_VALUES) responseCode?: string;
  @ApiProperty({ example: '顾客刷卡提示密码错误' }) @Transform(trim) @IsString() @IsNotEmpty() @MaxLength(120) subject: string;
  @ApiProperty() @Transform(trim) @IsString() @IsNotEmpty() @MaxLength(4000) description: string;
}

export class TicketMessageDto implements TicketMessageRequest {
  @ApiProperty() @Transform(trim) @IsString() @IsNotEmpty() @MaxLength(4000) body: string;
  @ApiPropertyOptional() @IsOptional() @IsBoolean() internal?: boolean;
  @ApiPropertyOptional({ type: [String] }) @IsOptional() @IsArray() @ArrayMaxSize(10) @IsUUID('all', { each: true }) attachmentIds?: string[];
}

export class MerchantMessageDto implements TicketMessageRequest {
  @ApiProperty() @Transform(trim) @IsString() @IsNotEmpty() @MaxLength(4000) body: string;
  @ApiPropertyOptional({ type: [String] }) @IsOptional() @IsArray() @ArrayMaxSize(10) @IsUUID('all', { each: true }) attachmentIds?: string[];
}

export class TicketTransitionDto implements TicketTransitionRequest {
  @ApiProperty({ enum: CONSOLE_TICKET_EVENTS }) @IsIn(CONSOLE_TICKET_EVENTS) event: ConsoleTicketEvent;
  @ApiPropertyOptional() @IsOptional() @Transform(trim) @IsString() @MaxLength(4000) note?: string;
}

export class AssignTicketDto implements AssignTicketRequest {
  @ApiProperty({ format: 'uuid', nullable: true }) @ValidateIf((_, value) => value !== null) @IsUUID() assigneeId: string | null;
}

export class TicketPriorityDto implements TicketPriorityRequest {
  @ApiProperty({ enum: Object.values(TicketPriority) }) @IsIn(Object.values(TicketPriority)) priority: TicketPriority;
}

export class MergeTicketDto implements MergeTicketRequest {
  @ApiProperty({ example: 'TK-20261125-7KQ3M9' }) @Transform(upper) @IsString() @Matches(/^TK-\d{8}-[0-9A-Z]{6}$/) intoReference: string;
}

export class RateTicketDto implements RateTicketRequest {
  @ApiProperty({ minimum: 1, maximum: 5 }) @IsInt() @Min(1) @Max(5) rating: number;
  @ApiPropertyOptional() @IsOptional() @Transform(trim) @IsString() @MaxLength(1000) comment?: string;
}

export class DispatchSiteVisitDto implements DispatchSiteVisitRequest {
  @ApiProperty({ format: 'uuid' }) @IsUUID() technicianId: string;
  @ApiProperty({ example: '2026-12-01T09:00:00+08:00' }) @IsDateString({ strict: true }) start: string;
  @ApiProperty({ example: '2026-12-01T11:00:00+08:00' }) @IsDateString({ strict: true }) end: string;
  @ApiPropertyOptional() @IsOptional() @Transform(trim) @IsString() @MaxLength(1000) instructions?: string;
}

export class CompleteSiteVisitDto implements CompleteSiteVisitRequest {
  @ApiProperty() @Transform(trim) @IsString() @IsNotEmpty() @MaxLength(2000) result: string;
}

export class QueueQueryDto implements TicketQueueQuery {
  @ApiPropertyOptional({ enum: Object.values(TicketStatus) }) @IsOptional() @IsIn(Object.values(TicketStatus)) status?: TicketStatus;
  @ApiPropertyOptional({ enum: Object.values(TicketPriority) }) @IsOptional() @IsIn(Object.values(TicketPriority)) priority?: TicketPriority;
  @ApiPropertyOptional({ enum: Object.values(FaultCategory) }) @IsOptional() @IsIn(Object.values(FaultCategory)) category?: FaultCategory;
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() terminalId?: string;
  @ApiPropertyOptional({ description: '`me`, `unassigned` or a staff member\'s id', example: 'unassigned' })
  @IsOptional()
  @Matches(/^(me|unassigned|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/i)
  assignee?: string;
  @ApiPropertyOptional({ description: 'Ticket reference or terminal serial number (exact), or words of the subject' }) @IsOptional() @Transform(emptyToUndefined) @Transform(trim) @IsString() @MaxLength(100) q?: string;
  @ApiPropertyOptional({ description: "The previous page's `nextCursor`" }) @IsOptional() @IsString() @MaxLength(500) cursor?: string;
  @ApiPropertyOptional({ minimum: 1, maximum: 200 }) @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(200) limit?: number;
}

export class MerchantTicketListQueryDto {
  @ApiPropertyOptional({ description: "The previous page's `nextCursor`" }) @IsOptional() @IsString() @MaxLength(500) cursor?: string;
}

export class SlaTargetDto implements SlaTarget {
  @ApiProperty({ enum: Object.values(TicketPriority) }) @IsIn(Object.values(TicketPriority)) priority: TicketPriority;
  @ApiProperty() @IsInt() @Min(5) @Max(60 * 24 * 30) firstResponseMinutes: number;
  @ApiProperty() @IsInt() @Min(5) @Max(60 * 24 * 90) resolutionMinutes: number;
  @ApiProperty() @IsInt() @Min(0) @Max(60 * 24 * 7) warnBeforeMinutes: number;
}

export class SlaSettingsDto implements SlaSettings {
  @ApiProperty({ example: 540 }) @IsInt() @Min(0) @Max(1439) supportDayStartMinute: number;
  @ApiProperty({ example: 1080 }) @IsInt() @Min(1) @Max(1440) supportDayEndMinute: number;
  @ApiProperty({ example: 7 }) @IsInt() @Min(0) @Max(90) ticketAutoCloseDays: number;
  @ApiProperty({ type: [SlaTargetDto] }) @IsArray() @ArrayMinSize(1) @ArrayMaxSize(4) @ValidateNested({ each: true }) @Type(() => SlaTargetDto) targets: SlaTargetDto[];
}
