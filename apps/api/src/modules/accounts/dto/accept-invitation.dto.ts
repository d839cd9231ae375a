import { ApiProperty } from '@nestjs/swagger';
import type { AcceptInvitationRequest } from '@pos/shared';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';
import { MeetsPasswordPolicy } from '../../../core/validation/validators.js';

export class AcceptInvitationDto implements AcceptInvitationRequest {
  @ApiProperty({ description: 'The token from the invitation link' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  token: string;

  @ApiProperty({ description: 'At least 10 characters with letters and digits', example: 'Staff2026secure' })
  @IsString()
  @MeetsPasswordPolicy()
  password: string;
}
