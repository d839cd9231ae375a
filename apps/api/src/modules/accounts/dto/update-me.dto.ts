import { ApiProperty } from '@nestjs/swagger';
import { Locale } from '@pos/shared';
import { IsIn } from 'class-validator';

export class UpdateMeDto {
  @ApiProperty({ enum: Object.values(Locale) })
  @IsIn(Object.values(Locale))
  locale: Locale;
}
