import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  type BookInstallationRequest,
  type Checklist,
  type CompleteInstallationRequest,
  type ConfirmInstallationRequest,
  FEE_CHANNELS,
  type FeeChannel,
  type ReasonRequest,
  type RecordTerminalRequest,
  type RescheduleInstallationRequest,
  type TestTransaction,
  type TimeWindow,
} from '@pos/shared';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
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
  ValidateNested,
} from 'class-validator';
import { IsMobile } from '../../../core/validation/validators.js';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

export class TimeWindowDto implements TimeWindow {
  @ApiProperty({ example: '2026-12-01T09:00:00+08:00' }) @IsDateString({ strict: true }) start: string;
  @ApiProperty({ example: '2026-12-01T12:00:00+08:00' }) @IsDateString({ strict: true }) end: string;
}

export class BookInstallationDto implements BookInstallationRequest {
  @ApiProperty({ type: [TimeWindowDto] }) @IsArray() @ArrayMaxSize(5) @ValidateNested({ each: true }) @Type(() => TimeWindowDto) windows: TimeWindowDto[];
  @ApiPropertyOptional() @IsOptional() @Transform(trim) @IsString() @MaxLength(50) contactName?: string;
  @ApiPropertyOptional() @IsOptional() @Transform(trim) @IsString() @IsMobile() contactMobile?: string;
  @ApiPropertyOptional() @IsOptional() @Transform(trim) @IsString() @MaxLength(500) notes?: string;
}

export class ConfirmInstallationDto implements ConfirmInstallationRequest {
  @ApiProperty({ format: 'uuid' }) @IsUUID() technicianId: string;
  @ApiPropertyOptional() @IsOptional() @IsInt() @Min(0) @Max(4) windowIndex?: number;
  @ApiPropertyOptional({ type: TimeWindowDto }) @IsOptional() @ValidateNested() @Type(() => TimeWindowDto) window?: TimeWindowDto;
}

export class ReasonDto implements ReasonRequest {
  @ApiProperty() @Transform(trim) @MaxLength(500) @IsString() @IsNotEmpty({ message: 'reasonRequired' }) reason: string;
}

export class RescheduleInstallationDto extends ReasonDto implements RescheduleInstallationRequest {
  @ApiProperty({ type: [TimeWindowDto] }) @IsArray() @ArrayMaxSize(5) @ValidateNested({ each: true }) @Type(() => TimeWindowDto) windows: TimeWindowDto[];
}

export class RecordTerminalDto implements RecordTerminalRequest {
  @ApiProperty({ example: 'LD-A8-2026-000123' }) @Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim().toUpperCase() : value)) @Matches(/^[A-Z0-9-]{6,40}$/) serialNumber: string;
  @ApiProperty({ example: '联迪 A8' }) @Transform(trim) @IsString() @IsNotEmpty() @MaxLength(100) model: string;
  @ApiPropertyOptional({ example: '中国移动 4G' }) @IsOptional() @Transform(trim) @IsString() @MaxLength(50) simNetwork?: string;
  @ApiPropertyOptional({ example: 'V2.3.1' }) @IsOptional() @Transform(trim) @IsString() @MaxLength(50) firmwareVersion?: string;
}

export class ChecklistDto implements Checklist {
  @ApiProperty() @IsBoolean() power: boolean;
  @ApiProperty() @IsBoolean() network: boolean;
  @ApiProperty() @IsBoolean() swipe: boolean;
  @ApiProperty() @IsBoolean() insert: boolean;
  @ApiProperty() @IsBoolean() tap: boolean;
  @ApiProperty() @IsBoolean() qrScan: boolean;
  @ApiProperty() @IsBoolean() printer: boolean;
  @ApiProperty() @IsBoolean() pinPad: boolean;
}

export class TestTransactionDto implements TestTransaction {
  @ApiProperty({ example: 1 }) @IsInt() @Min(1) @Max(100_000_00) amountFen: number;
  @ApiProperty({ enum: FEE_CHANNELS }) @IsIn(FEE_CHANNELS) channel: FeeChannel;
  @ApiProperty({ example: '00' }) @Matches(/^[0-9A-Z]{2}$/) responseCode: string;
  @ApiProperty() @IsBoolean() receiptPrinted: boolean;
}

export class CompleteInstallationDto implements CompleteInstallationRequest {
  @ApiProperty({ type: ChecklistDto }) @ValidateNested() @Type(() => ChecklistDto) checklist: ChecklistDto;
  @ApiProperty({ type: TestTransactionDto }) @ValidateNested() @Type(() => TestTransactionDto) testTransaction: TestTransactionDto;
}

export class TerminalSearchDto {
  @ApiPropertyOptional({ description: 'Serial number (prefix), business or merchant name (contains)' }) @IsOptional() @Transform(trim) @IsString() @MaxLength(50) q?: string;
}
