import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { AGREEMENT_PLACEHOLDERS, type CreateAgreementTemplateRequest, FEE_CHANNELS, type FeeLineKey, type SignAgreementRequest } from '@pos/shared';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsBoolean, IsIn, IsNotEmpty, IsOptional, IsString, Matches, MaxLength, registerDecorator, type ValidationOptions } from 'class-validator';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);
const FEE_LINE_KEYS = [...FEE_CHANNELS, 'MONTHLY_FEE', 'DEVICE_FEE'] as const;

export class SignAgreementDto implements SignAgreementRequest {
  @ApiProperty({ example: '王小明' }) @Transform(trim) @MaxLength(50) @IsString() @IsNotEmpty() signedName: string;
  @ApiProperty() @Matches(/^[0-9a-f]{64}$/) documentSha256: string;
  @ApiProperty({ enum: FEE_LINE_KEYS, isArray: true }) @IsArray() @ArrayMaxSize(FEE_LINE_KEYS.length) @IsIn(FEE_LINE_KEYS, { each: true }) acknowledgedFeeLines: FeeLineKey[];
  @ApiProperty() @IsBoolean() acceptTerms: boolean;
}

/** Only the placeholders the generator knows may appear in {{ }}. */
function OnlyKnownPlaceholders(options?: ValidationOptions) {
  return (target: object, propertyName: string) =>
    registerDecorator({
      name: 'unknownPlaceholder',
      target: target.constructor,
      propertyName,
      options: { message: 'unknownPlaceholder', ...options },
      validator: {
        validate: (value: unknown) =>
          typeof value !== 'string' || [...value.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].every((m) => (AGREEMENT_PLACEHOLDERS as readonly string[]).includes(m[1]!)),
      },
    });
}

export class CreateAgreementTemplateDto implements CreateAgreementTemplateRequest {
  @ApiProperty() @Transform(trim) @MaxLength(100) @IsString() @IsNotEmpty() title: string;
  @ApiProperty({ description: `Placeholders: ${AGREEMENT_PLACEHOLDERS.map((p) => `{{${p}}}`).join(' ')}` })
  @MaxLength(20_000)
  @IsString()
  @IsNotEmpty()
  @OnlyKnownPlaceholders()
  body: string;
  @ApiPropertyOptional() @IsOptional() @Transform(trim) @MaxLength(100) @IsString() titleEn?: string;
  @ApiPropertyOptional() @IsOptional() @MaxLength(20_000) @IsString() @OnlyKnownPlaceholders() bodyEn?: string;
}
