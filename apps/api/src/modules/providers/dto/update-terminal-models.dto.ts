import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { INSPECTION_INTERVAL_MAX_DAYS, INSPECTION_INTERVAL_MIN_DAYS, TERMINAL_TYPES, type TerminalModelView, type TerminalType, type UpdateTerminalModelsRequest } from '@pos/shared';
import { Transform, Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsArray, IsIn, IsInt, IsNotEmpty, IsOptional, IsString, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { MAX_PRICE_FEN, trim } from './dto-helpers.js';

export class TerminalModelDto implements Omit<TerminalModelView, 'id'> {
  @ApiProperty({ enum: TERMINAL_TYPES })
  @IsIn(TERMINAL_TYPES)
  type: TerminalType;

  @ApiProperty({ example: '商米 P2', description: 'Identifies the model within the provider' })
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  name: string;

  @ApiPropertyOptional({ type: Number, nullable: true, description: 'One-off purchase price, fen; null when not sold' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(MAX_PRICE_FEN)
  priceFen: number | null;

  @ApiPropertyOptional({ type: Number, nullable: true, description: 'Refundable deposit, fen; null when none' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(MAX_PRICE_FEN)
  depositFen: number | null;

  @ApiPropertyOptional({ type: Number, nullable: true, description: 'Monthly rent, fen; null when not rented' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(MAX_PRICE_FEN)
  monthlyRentFen: number | null;

  @ApiPropertyOptional({ type: Number, nullable: true, description: "Days between periodic inspections of this model; null follows the provider's default" })
  @IsOptional()
  @IsInt()
  @Min(INSPECTION_INTERVAL_MIN_DAYS)
  @Max(INSPECTION_INTERVAL_MAX_DAYS)
  inspectionIntervalDays?: number | null;
}

export class UpdateTerminalModelsDto implements UpdateTerminalModelsRequest {
  @ApiProperty({ type: [TerminalModelDto], description: 'Every model offered; models left out are withdrawn (kept for installed terminals)' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  @ArrayUnique((model: { name?: unknown }) => model.name)
  @ValidateNested({ each: true })
  @Type(() => TerminalModelDto)
  items: TerminalModelDto[];
}
