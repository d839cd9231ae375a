import { ApiProperty } from '@nestjs/swagger';
import type { LoginRequest } from '@pos/shared';
import { Transform } from 'class-transformer';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';

export class LoginDto implements LoginRequest {
  @ApiProperty({ description: 'Mobile number or email', example: '13800138000' })
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value))
  @IsString()
  @IsNotEmpty()
  @MaxLength(254)
  loginName: string;

  @ApiProperty({ example: 'Demo2026pass' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(128)
  password: string;
}
