import { ApiProperty } from '@nestjs/swagger';
import { REVEALABLE_FIELDS, type RevealableField, type RevealFieldRequest } from '@pos/shared';
import { IsIn } from 'class-validator';

export class RevealFieldDto implements RevealFieldRequest {
  @ApiProperty({ enum: REVEALABLE_FIELDS })
  @IsIn(REVEALABLE_FIELDS)
  field: RevealableField;
}
