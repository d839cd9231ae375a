import { ApiPropertyOptional } from '@nestjs/swagger';
import {
  type ApplicationTerminalRequestView,
  type ApplicationVolumeView,
  FEE_CHANNELS,
  type FeeChannel,
  type SaveApplicationDraftRequest,
  TERMINAL_TYPES,
  type TerminalType,
} from '@pos/shared';
import { Transform, Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsIn, IsInt, IsOptional, IsString, Max, MaxLength, Min, ValidateIf, ValidateNested } from 'class-validator';
import {
  IsBankAccount,
  IsCreditCode,
  IsEmailAddress,
  IsMcc,
  IsMobile,
  IsPastDate,
  IsRegion,
  IsResidentId,
  UniqueBy,
} from '../../../core/validation/validators.js';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);
const upperTrim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim().toUpperCase() : value);
const digitsOnly = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.replace(/[\s-]/g, '') : value);

export class ApplicationVolumeDto implements ApplicationVolumeView {
  @ApiPropertyOptional({ enum: FEE_CHANNELS })
  @IsIn(FEE_CHANNELS)
  channel: FeeChannel;

  @ApiPropertyOptional({ description: 'Expected monthly amount in fen', example: 5_000_000 })
  @IsInt()
  @Min(0)
  @Max(10_000_000_000_000)
  monthlyAmountFen: number;

  @ApiPropertyOptional({ description: 'Average transaction in fen', example: 20_000, nullable: true })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(10_000_000_000)
  averageTicketFen: number | null;
}

export class ApplicationTerminalRequestDto implements ApplicationTerminalRequestView {
  @ApiPropertyOptional({ enum: TERMINAL_TYPES })
  @IsIn(TERMINAL_TYPES)
  terminalType: TerminalType;

  @ApiPropertyOptional({ example: 2 })
  @IsInt()
  @Min(1)
  @Max(1000)
  count: number;
}

/** Any subset of the wizard's fields. `null` clears a field; an absent field is left as it is. */
export class SaveApplicationDraftDto implements SaveApplicationDraftRequest {
  @ApiPropertyOptional({ example: '王记便利店' }) @IsOptional() @Transform(trim) @IsString() @MaxLength(100) businessName?: string;
  @ApiPropertyOptional({ example: '91350100M000100Y43' }) @IsOptional() @Transform(upperTrim) @IsString() @IsCreditCode() creditCode?: string;
  @ApiPropertyOptional() @IsOptional() @Transform(trim) @IsString() @MaxLength(200) businessAddress?: string;
  @ApiPropertyOptional({ example: '5411' }) @IsOptional() @Transform(trim) @IsString() @IsMcc() mcc?: string;
  @ApiPropertyOptional() @IsOptional() @Transform(trim) @IsString() @MaxLength(500) businessScope?: string;
  @ApiPropertyOptional({ example: '2020-05-01' }) @IsOptional() @IsString() @IsPastDate() openingDate?: string;
  @ApiPropertyOptional() @IsOptional() @Transform(trim) @IsString() @MaxLength(50) legalRepName?: string;
  @ApiPropertyOptional({ description: 'Write-only; stored encrypted' }) @IsOptional() @Transform(upperTrim) @IsString() @IsResidentId() legalRepIdNumber?: string;
  @ApiPropertyOptional() @IsOptional() @Transform(trim) @IsString() @IsMobile() legalRepMobile?: string;
  @ApiPropertyOptional() @IsOptional() @Transform(trim) @IsString() @MaxLength(50) contactName?: string;
  @ApiPropertyOptional() @IsOptional() @Transform(trim) @IsString() @IsMobile() contactMobile?: string;
  @ApiPropertyOptional() @IsOptional() @Transform(trim) @IsString() @IsEmailAddress() contactEmail?: string;
  @ApiPropertyOptional() @IsOptional() @Transform(trim) @IsString() @MaxLength(100) settlementAccountName?: string;
  @ApiPropertyOptional() @IsOptional() @Transform(trim) @IsString() @MaxLength(100) settlementBank?: string;
  @ApiPropertyOptional() @IsOptional() @Transform(trim) @IsString() @MaxLength(100) settlementBranch?: string;
  @ApiPropertyOptional({ description: 'Write-only; stored encrypted' }) @IsOptional() @Transform(digitsOnly) @IsString() @IsBankAccount() settlementAccountNumber?: string;
  @ApiPropertyOptional() @IsOptional() @Transform(trim) @IsString() @MaxLength(200) installAddress?: string;
  @ApiPropertyOptional({ example: '110000' }) @IsOptional() @IsString() @IsRegion() installRegion?: string;

  @ApiPropertyOptional({ type: [ApplicationVolumeDto] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(FEE_CHANNELS.length)
  @UniqueBy('channel')
  @ValidateNested({ each: true })
  @Type(() => ApplicationVolumeDto)
  volumes?: ApplicationVolumeDto[];

  @ApiPropertyOptional({ type: [ApplicationTerminalRequestDto] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(TERMINAL_TYPES.length)
  @UniqueBy('terminalType')
  @ValidateNested({ each: true })
  @Type(() => ApplicationTerminalRequestDto)
  terminalRequests?: ApplicationTerminalRequestDto[];

  /** Not nullable: absent leaves it, null is refused (found by the fuzz test). */
  @ApiPropertyOptional() @ValidateIf((_dto, value) => value !== undefined) @IsInt() @Min(0) @Max(10) wizardStep?: number;
}
