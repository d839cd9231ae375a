import { ApiProperty } from '@nestjs/swagger';
import type { RegisterRequest } from '@pos/shared';
import { Transform } from 'class-transformer';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';
import { IsLoginName, MeetsPasswordPolicy } from '../../../core/validation/validators.js';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

export class RegisterDto implements RegisterRequest {
  @ApiProperty({ description: 'Mainland mobile number or email address', example: '13800138000' })
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @IsLoginName()
  loginName: string;

  @ApiProperty({ description: 'At least 10 characters with letters and digits', example: 'Shop2026secure' })
  @IsString()
  @MeetsPasswordPolicy('loginName')
  password: string;

  @ApiProperty({ description: 'Name shown in the portal', example: '王店主' })
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(50)
  displayName: string;
}
