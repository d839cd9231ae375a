import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  EMERGENCY_CONTACTS_MAX,
  type EmergencyContact,
  type InspectionChecklist,
  type InspectionDueQuery,
  MAX_DUE_WITHIN_DAYS,
  type RecordInspectionRequest,
  type RecordTrainingRequest,
  type ReminderSignQuery,
  type SaveEmergencyPlanRequest,
  SIGN_SIZES,
  type SignSize,
  TRAINING_REFRESHER_MAX_DAYS,
  TRAINING_REFRESHER_MIN_DAYS,
  TrainingModule,
  type UpdatePreventionSettingsRequest,
} from '@pos/shared';
import { Transform, Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsBoolean, IsDefined, IsIn, IsInt, IsNotEmpty, IsObject, IsOptional, IsString, IsUUID, Matches, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { IsPastDate } from '../../../core/validation/validators.js';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);
/** An empty optional text is the same as leaving it out. */
const trimOrDrop = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() || undefined : value);
/** Query strings carry booleans as text. */
const queryBoolean = ({ value }: { value: unknown }) => (value === 'true' ? true : value === 'false' ? false : value);
/** The same shape the provider profile accepts for its hotline: digits with spaces, +, - and brackets. */
const PHONE = /^\+?[0-9][0-9 ()-]{2,29}$/;
const TRAINING_MODULES = Object.values(TrainingModule);

export class InspectionDueQueryDto implements InspectionDueQuery {
  @ApiPropertyOptional({ minimum: 0, maximum: MAX_DUE_WITHIN_DAYS, default: 30 }) @IsOptional() @Type(() => Number) @IsInt() @Min(0) @Max(MAX_DUE_WITHIN_DAYS) withinDays?: number;
  @ApiPropertyOptional({ description: 'Only terminals past their due date' }) @IsOptional() @Transform(queryBoolean) @IsBoolean() overdueOnly?: boolean;
}

export class InspectionChecklistDto implements InspectionChecklist {
  @ApiProperty() @IsBoolean() power: boolean;
  @ApiProperty() @IsBoolean() network: boolean;
  @ApiProperty() @IsBoolean() swipe: boolean;
  @ApiProperty() @IsBoolean() insert: boolean;
  @ApiProperty() @IsBoolean() tap: boolean;
  @ApiProperty() @IsBoolean() qrScan: boolean;
  @ApiProperty() @IsBoolean() printer: boolean;
  @ApiProperty() @IsBoolean() pinPad: boolean;
  @ApiProperty({ description: 'Casing intact' }) @IsBoolean() casing: boolean;
  @ApiProperty({ description: 'Cables and plugs sound' }) @IsBoolean() cable: boolean;
  @ApiProperty({ description: 'Keys legible and responsive' }) @IsBoolean() keypad: boolean;
  @ApiProperty({ description: 'Screen readable, not cracked' }) @IsBoolean() screen: boolean;
  @ApiProperty({ description: 'Seal and tamper label unbroken' }) @IsBoolean() seal: boolean;
}

export class RecordInspectionDto implements RecordInspectionRequest {
  @ApiProperty({ type: InspectionChecklistDto }) @IsDefined() @IsObject({ message: 'nestedValidation' }) @ValidateNested() @Type(() => InspectionChecklistDto) checklist: InspectionChecklistDto;
  @ApiPropertyOptional() @IsOptional() @Transform(trimOrDrop) @IsString() @MaxLength(1000) notes?: string;
  @ApiPropertyOptional() @IsOptional() @IsBoolean() openFollowUpTicket?: boolean;
}

export class RecordTrainingDto implements RecordTrainingRequest {
  @ApiProperty({ enum: TRAINING_MODULES }) @IsIn(TRAINING_MODULES) module: TrainingModule;
  @ApiProperty({ example: '李收银' }) @Transform(trim) @IsString() @IsNotEmpty() @MaxLength(50) traineeName: string;
  @ApiProperty({ example: '2026-11-25', description: 'A day not after today in China' }) @IsString() @IsPastDate() trainedOn: string;
  @ApiPropertyOptional() @IsOptional() @Transform(trimOrDrop) @IsString() @MaxLength(50) trainerName?: string;
  @ApiPropertyOptional() @IsOptional() @Transform(trimOrDrop) @IsString() @MaxLength(500) notes?: string;
  @ApiProperty({ type: [Number], description: "Chosen option index per question, in the module's order" })
  @IsArray()
  @ArrayMaxSize(10)
  @IsInt({ each: true })
  @Min(0, { each: true })
  @Max(9, { each: true })
  answers: number[];
}

export class PreventionSettingsDto implements UpdatePreventionSettingsRequest {
  @ApiProperty({ minimum: TRAINING_REFRESHER_MIN_DAYS, maximum: TRAINING_REFRESHER_MAX_DAYS, example: 365 })
  @IsInt()
  @Min(TRAINING_REFRESHER_MIN_DAYS)
  @Max(TRAINING_REFRESHER_MAX_DAYS)
  trainingRefresherDays: number;
}

export class EmergencyContactDto implements EmergencyContact {
  @ApiProperty({ example: '王小明' }) @Transform(trim) @IsString() @IsNotEmpty() @MaxLength(50) name: string;
  @ApiProperty({ example: '店长' }) @Transform(trim) @IsString() @IsNotEmpty() @MaxLength(50) role: string;
  @ApiProperty({ example: '13800138000' }) @Transform(trim) @IsString() @Matches(PHONE, { message: 'isContactPhone' }) phone: string;
}

export class SaveEmergencyPlanDto implements SaveEmergencyPlanRequest {
  @ApiProperty({ example: '使用店铺收款码（微信/支付宝）收款' }) @Transform(trim) @IsString() @IsNotEmpty() @MaxLength(300) fallbackPayment: string;
  @ApiProperty({ type: [EmergencyContactDto] })
  @IsArray()
  @ArrayMaxSize(EMERGENCY_CONTACTS_MAX)
  // An array nested in the list would pass ValidateNested with nothing to check.
  @IsObject({ each: true, message: 'nestedValidation' })
  @ValidateNested({ each: true })
  @Type(() => EmergencyContactDto)
  contacts: EmergencyContactDto[];
  @ApiProperty({ description: 'Steps at the till, one per line' }) @Transform(trim) @IsString() @IsNotEmpty() @MaxLength(1500) steps: string;
  @ApiPropertyOptional({ example: '95588' }) @IsOptional() @Transform(trimOrDrop) @IsString() @Matches(PHONE, { message: 'isContactPhone' }) providerHotline?: string;
}

export class ReminderSignQueryDto implements ReminderSignQuery {
  @ApiPropertyOptional({ enum: SIGN_SIZES, default: 'A5' }) @IsOptional() @IsIn(SIGN_SIZES) size?: SignSize;
  @ApiPropertyOptional({ format: 'uuid', description: "One of the merchant's terminal providers; all of them when left out" }) @IsOptional() @IsUUID() providerId?: string;
}
