import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { type ChannelVolumeInput, FEE_CHANNELS, type FeeChannel, type FeeEstimateRequest } from '@pos/shared';
import { Transform, Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsArray, IsIn, IsInt, IsOptional, IsUUID, Max, Min, ValidateNested } from 'class-validator';

/** ¥100 billion a month: beyond any shop, and far inside Number.MAX_SAFE_INTEGER, so fen stay exact as JSON numbers. */
const MAX_MONTHLY_AMOUNT_FEN = 10 ** 13;
const MAX_AVERAGE_TICKET_FEN = 10 ** 10;
const MAX_PROVIDER_IDS = 20;

export class ChannelVolumeDto implements ChannelVolumeInput {
  @ApiProperty({ enum: FEE_CHANNELS })
  @IsIn(FEE_CHANNELS)
  channel: FeeChannel;

  @ApiProperty({ description: 'Expected monthly amount in fen', example: 5_000_000 })
  @IsInt()
  @Min(0)
  @Max(MAX_MONTHLY_AMOUNT_FEN)
  monthlyAmountFen: number;

  @ApiPropertyOptional({ type: Number, nullable: true, description: 'Average transaction in fen; needed to apply a per-transaction cap', example: 800_000 })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(MAX_AVERAGE_TICKET_FEN)
  averageTicketFen?: number | null;
}

export class FeeEstimateDto implements FeeEstimateRequest {
  @ApiPropertyOptional({ type: [String], description: 'Limit to these providers; all listed providers when absent. Unknown or suspended ids are left out.' })
  @IsOptional()
  @Transform(({ value }: { value: unknown }) => (Array.isArray(value) ? value.map((id: unknown) => (typeof id === 'string' ? id.toLowerCase() : id)) : value))
  @IsArray()
  @ArrayMaxSize(MAX_PROVIDER_IDS)
  @ArrayUnique()
  @IsUUID('all', { each: true, message: 'isUUID' })
  providerIds?: string[];

  @ApiProperty({ type: [ChannelVolumeDto], description: 'One entry per channel, 1 to 5' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(FEE_CHANNELS.length)
  @ArrayUnique((volume: { channel?: unknown }) => volume.channel)
  @ValidateNested({ each: true })
  @Type(() => ChannelVolumeDto)
  volumes: ChannelVolumeDto[];

  @ApiProperty({ minimum: 1, maximum: 1000, example: 1 })
  @IsInt()
  @Min(1)
  @Max(1000)
  terminalCount: number;
}
