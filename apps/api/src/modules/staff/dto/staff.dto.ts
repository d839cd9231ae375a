import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { type ChangeStaffRoleRequest, type InviteStaffRequest, Locale, PROVIDER_STAFF_ROLES, type ProviderStaffRole } from '@pos/shared';
import { Transform } from 'class-transformer';
import { IsIn, IsNotEmpty, IsOptional, IsString, MaxLength } from 'class-validator';
import { IsEmailAddress } from '../../../core/validation/validators.js';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);
const trimLower = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim().toLowerCase() : value);

/** A provider admin inviting one of their own staff. */
export class InviteStaffDto implements InviteStaffRequest {
  @ApiProperty({ example: 'reviewer2@dongfang-bank.example' }) @Transform(trimLower) @IsString() @IsEmailAddress() @MaxLength(254) email: string;
  @ApiProperty({ example: '王审核' }) @Transform(trim) @IsString() @IsNotEmpty() @MaxLength(50) displayName: string;
  @ApiProperty({ enum: PROVIDER_STAFF_ROLES }) @IsIn(PROVIDER_STAFF_ROLES) role: ProviderStaffRole;
  @ApiPropertyOptional({ enum: Object.values(Locale) }) @IsOptional() @IsIn(Object.values(Locale)) locale?: Locale;
}

export class ChangeStaffRoleDto implements ChangeStaffRoleRequest {
  @ApiProperty({ enum: PROVIDER_STAFF_ROLES }) @IsIn(PROVIDER_STAFF_ROLES) role: ProviderStaffRole;
}
