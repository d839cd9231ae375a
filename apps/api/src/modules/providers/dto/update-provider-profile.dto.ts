import { ApiProperty } from '@nestjs/swagger';
import { REGION_CODES, SettlementCycle, type UpdateProviderProfileRequest } from '@pos/shared';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsArray, IsIn, IsInt, IsNotEmpty, IsString, Matches, Max, MaxLength, Min, ValidateIf } from 'class-validator';
import { trim, unlessNull } from './dto-helpers.js';

/** The whole profile, every field present: a PUT replaces it. */
export class UpdateProviderProfileDto implements UpdateProviderProfileRequest {
  @ApiProperty({ example: '东方商业银行', description: 'Unique across the marketplace' })
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  name: string;

  @ApiProperty({ example: 'Dongfang Commercial Bank' })
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  nameEn: string;

  @ApiProperty()
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  description: string;

  @ApiProperty({ description: 'May be empty; the web then shows the Chinese text' })
  @Transform(trim)
  @IsString()
  @MaxLength(2000)
  descriptionEn: string;

  @ApiProperty({ example: '400-820-6688', description: 'Service hotline: digits, spaces, +, - and brackets' })
  @Transform(trim)
  @IsString()
  @Matches(/^\+?[0-9][0-9 ()-]{2,29}$/, { message: 'isContactPhone' })
  contactPhone: string;

  @ApiProperty({ type: [String], example: ['110000', '310000'], description: 'Province-level GB/T 2260 codes (REGION_CODES)' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(REGION_CODES.length)
  @ArrayUnique()
  @IsIn(REGION_CODES, { each: true, message: 'isRegion' })
  serviceRegions: string[];

  @ApiProperty({ enum: Object.values(SettlementCycle) })
  @IsIn(Object.values(SettlementCycle))
  settlementCycle: SettlementCycle;

  @ApiProperty({ minimum: 1, maximum: 720, description: 'Promised first response after a fault report, hours' })
  @IsInt()
  @Min(1)
  @Max(720)
  responseHours: number;

  @ApiProperty({ minimum: 1, maximum: 720, description: 'Promised on-site visit after a fault report, hours' })
  @IsInt()
  @Min(1)
  @Max(720)
  onSiteHours: number;

  @ApiProperty({ minimum: 1, maximum: 30 })
  @IsInt()
  @Min(1)
  @Max(30)
  reviewSlaBusinessDays: number;

  @ApiProperty({ type: Number, nullable: true, minimum: 1, maximum: 1000, description: 'Applications asking for at least this many terminals need a second approval; null for no such rule' })
  @ValidateIf(unlessNull)
  @IsInt()
  @Min(1)
  @Max(1000)
  secondApprovalTerminalThreshold: number | null;

  @ApiProperty({ type: [String], example: ['7995'], description: 'Merchant category codes (4 digits) that need a second approval' })
  @IsArray()
  @ArrayMaxSize(100)
  @ArrayUnique()
  @Matches(/^\d{4}$/, { each: true, message: 'isMcc' })
  secondApprovalMccs: string[];

  @ApiProperty({ minimum: 7, maximum: 365 })
  @IsInt()
  @Min(7)
  @Max(365)
  inspectionIntervalDays: number;
}
