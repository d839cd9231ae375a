import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { type CreateFeeScheduleRequest, FEE_CHANNELS, type FeeChannel, type FeeRateView } from '@pos/shared';
import { Transform, Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsArray, IsIn, IsInt, IsOptional, IsString, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { MAX_PRICE_FEN, trim } from './dto-helpers.js';

export class FeeRateDto implements FeeRateView {
  @ApiProperty({ enum: FEE_CHANNELS })
  @IsIn(FEE_CHANNELS)
  channel: FeeChannel;

  @ApiProperty({ minimum: 0, maximum: 1000, description: 'Basis points: 60 = 0.60 %', example: 60 })
  @IsInt()
  @Min(0)
  @Max(1000)
  rateBps: number;

  @ApiPropertyOptional({ type: Number, nullable: true, minimum: 1, maximum: 100_000, description: 'Per-transaction cap in fen; null (or absent) when uncapped', example: 2000 })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(100_000)
  capFen: number | null;
}

export class CreateFeeScheduleDto implements CreateFeeScheduleRequest {
  @ApiProperty({ minimum: 0, description: 'Monthly fee per merchant, fen' })
  @IsInt()
  @Min(0)
  @Max(MAX_PRICE_FEN)
  monthlyFeeFen: number;

  @ApiProperty({ minimum: 0, description: 'Monthly fee per terminal, fen' })
  @IsInt()
  @Min(0)
  @Max(MAX_PRICE_FEN)
  deviceFeeFen: number;

  @ApiProperty({ description: 'Shown with the schedule and in the agreement’s fee disclosure; may be empty' })
  @Transform(trim)
  @IsString()
  @MaxLength(2000)
  notes: string;

  @ApiProperty({ type: [FeeRateDto], description: 'One rate per channel, 1 to 5' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(FEE_CHANNELS.length)
  @ArrayUnique((rate: { channel?: unknown }) => rate.channel)
  @ValidateNested({ each: true })
  @Type(() => FeeRateDto)
  rates: FeeRateDto[];
}
