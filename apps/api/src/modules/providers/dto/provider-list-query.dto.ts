import { ApiPropertyOptional } from '@nestjs/swagger';
import { type ProviderListQuery, ProviderKind, REGION_CODES, TERMINAL_TYPES, TerminalType } from '@pos/shared';
import { Transform } from 'class-transformer';
import { IsIn, IsOptional } from 'class-validator';

/** A filter form sends `region=` for "any region"; an empty parameter filters nothing rather than failing. */
const emptyAsAbsent = ({ value }: { value: unknown }) => (value === '' ? undefined : value);

export class ProviderListQueryDto implements ProviderListQuery {
  @ApiPropertyOptional({ description: 'Province-level GB/T 2260 code the provider serves', example: '440000' })
  @Transform(emptyAsAbsent)
  @IsOptional()
  @IsIn(REGION_CODES, { message: 'isRegion' })
  region?: string;

  @ApiPropertyOptional({ enum: Object.values(ProviderKind) })
  @Transform(emptyAsAbsent)
  @IsOptional()
  @IsIn(Object.values(ProviderKind))
  kind?: ProviderKind;

  @ApiPropertyOptional({ enum: TERMINAL_TYPES, description: 'Only providers offering an active model of this type' })
  @Transform(emptyAsAbsent)
  @IsOptional()
  @IsIn(TERMINAL_TYPES)
  terminalType?: TerminalType;
}
