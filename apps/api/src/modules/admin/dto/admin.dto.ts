import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  type AuditEventQuery,
  CALENDAR_MAX_YEAR,
  CALENDAR_MIN_YEAR,
  type CreateProviderRequest,
  type InviteStaffRequest,
  Locale,
  ProviderKind,
  type ProviderStatusChangeRequest,
  REGION_CODES,
  SettlementCycle,
  type SetCalendarDayRequest,
} from '@pos/shared';
import { Transform, Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsArray, IsBoolean, IsIn, IsInt, IsNotEmpty, IsOptional, IsString, Matches, Max, MaxLength, Min, ValidateIf } from 'class-validator';
import { IsFilterDate } from '../../../core/validation/date-range.js';
import { IsEmailAddress } from '../../../core/validation/validators.js';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);
const trimLower = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim().toLowerCase() : value);
const emptyToUndefined = ({ value }: { value: unknown }) => (typeof value === 'string' && value.trim() === '' ? undefined : typeof value === 'string' ? value.trim() : value);

/** A real calendar date as YYYY-MM-DD (2027-02-30 is refused, not rolled over to March). */
export function isCalendarDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

export class CreateProviderDto implements CreateProviderRequest {
  @ApiProperty({ enum: Object.values(ProviderKind) }) @IsIn(Object.values(ProviderKind)) kind: ProviderKind;
  @ApiProperty({ example: '华信支付', description: 'Unique across the marketplace' }) @Transform(trim) @IsString() @IsNotEmpty() @MaxLength(100) name: string;
  @ApiProperty({ example: 'Huaxin Payment Co., Ltd.' }) @Transform(trim) @IsString() @IsNotEmpty() @MaxLength(200) nameEn: string;
  @ApiProperty({ example: 'Z2024310000019', description: 'Payment business licence or bank licence number' })
  @Transform(trim)
  @IsString()
  @Matches(/^[0-9A-Za-z-]{6,40}$/, { message: 'licenceNumberFormat' })
  licenceNumber: string;
  @ApiProperty() @Transform(trim) @IsString() @IsNotEmpty() @MaxLength(2000) description: string;
  @ApiPropertyOptional() @IsOptional() @Transform(trim) @IsString() @MaxLength(2000) descriptionEn?: string;
  @ApiProperty({ example: '400-820-6688' }) @Transform(trim) @IsString() @Matches(/^\+?[0-9][0-9 ()-]{2,29}$/, { message: 'isContactPhone' }) contactPhone: string;
  @ApiProperty({ type: [String], example: ['310000'] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(REGION_CODES.length)
  @ArrayUnique()
  @IsIn(REGION_CODES, { each: true, message: 'isRegion' })
  serviceRegions: string[];
  @ApiProperty({ enum: Object.values(SettlementCycle) }) @IsIn(Object.values(SettlementCycle)) settlementCycle: SettlementCycle;
  @ApiProperty({ minimum: 1, maximum: 720 }) @IsInt() @Min(1) @Max(720) responseHours: number;
  @ApiProperty({ minimum: 1, maximum: 720 }) @IsInt() @Min(1) @Max(720) onSiteHours: number;
}

export class ProviderStatusChangeDto implements ProviderStatusChangeRequest {
  @ApiPropertyOptional({ maxLength: 500 }) @IsOptional() @Transform(trim) @IsString() @MaxLength(500) reason?: string;
}

/** The platform admin invites a provider's admin: the role is always PROVIDER_ADMIN. */
export class InviteProviderAdminDto implements InviteStaffRequest {
  @ApiProperty({ example: 'admin@huaxin-pay.example' }) @Transform(trimLower) @IsString() @IsEmailAddress() @MaxLength(254) email: string;
  @ApiProperty({ example: '陈经理' }) @Transform(trim) @IsString() @IsNotEmpty() @MaxLength(50) displayName: string;
  @ApiPropertyOptional({ enum: Object.values(Locale) }) @IsOptional() @IsIn(Object.values(Locale)) locale?: Locale;
}

export class CalendarYearQueryDto {
  @ApiProperty({ example: 2027, minimum: CALENDAR_MIN_YEAR, maximum: CALENDAR_MAX_YEAR })
  @Type(() => Number)
  @IsInt()
  @Min(CALENDAR_MIN_YEAR)
  @Max(CALENDAR_MAX_YEAR)
  year: number;
}

export class SetCalendarDayDto implements SetCalendarDayRequest {
  @ApiProperty() @IsBoolean() isWorkday: boolean;
  @ApiPropertyOptional({ type: String, nullable: true, example: '春节' })
  @ValidateIf((_, value) => value !== null && value !== undefined)
  @Transform(trim)
  @IsString()
  @MaxLength(50)
  name?: string | null;
}

export class AuditEventQueryDto implements AuditEventQuery {
  @ApiPropertyOptional({ description: 'User id, mobile number or email of the actor' }) @IsOptional() @Transform(emptyToUndefined) @IsString() @MaxLength(254) actor?: string;
  @ApiPropertyOptional({ example: 'Application' }) @IsOptional() @Transform(emptyToUndefined) @IsString() @Matches(/^[A-Za-z]{1,50}$/, { message: 'isIn' }) entityType?: string;
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @Transform(emptyToUndefined)
  @Matches(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i, { message: 'isUUID' })
  entityId?: string;
  @ApiPropertyOptional({ example: 'SUBMIT' }) @IsOptional() @Transform(emptyToUndefined) @IsString() @Matches(/^[A-Za-z0-9_.-]{1,60}$/, { message: 'isIn' }) action?: string;
  @ApiPropertyOptional({ example: '2026-11-01', format: 'date' }) @IsOptional() @Transform(emptyToUndefined) @IsString() @IsFilterDate() from?: string;
  @ApiPropertyOptional({ example: '2026-11-30', format: 'date' }) @IsOptional() @Transform(emptyToUndefined) @IsString() @IsFilterDate() to?: string;
  @ApiPropertyOptional() @IsOptional() @Transform(emptyToUndefined) @IsString() @MaxLength(200) cursor?: string;
}
