import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  type ApproveRequest,
  DOCUMENT_TYPES,
  type DocumentDecisionRequest,
  type DocumentType,
  DRAFT_FIELD_NAMES,
  QUEUE_STATUSES,
  type QueueStatus,
  type RejectRequest,
  type RequestChangesRequest,
  type ReviewQueueQuery,
} from '@pos/shared';
import { Transform, Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsIn, IsInt, IsNotEmpty, IsOptional, IsString, IsUUID, Max, MaxLength, Min, ValidateIf } from 'class-validator';
import { UniqueBy } from '../../../core/validation/validators.js';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

export class ReviewQueueQueryDto implements ReviewQueueQuery {
  @ApiPropertyOptional({ enum: QUEUE_STATUSES }) @IsOptional() @IsIn(QUEUE_STATUSES) status?: QueueStatus;
  @ApiPropertyOptional({ enum: ['overdue', 'dueSoon'] }) @IsOptional() @IsIn(['overdue', 'dueSoon']) due?: 'overdue' | 'dueSoon';
  @ApiPropertyOptional({ enum: ['me', 'unassigned'] }) @IsOptional() @IsIn(['me', 'unassigned']) assigned?: 'me' | 'unassigned';
  @ApiPropertyOptional({ description: 'Business name (contains) or credit code (prefix)' }) @IsOptional() @Transform(trim) @IsString() @MaxLength(50) q?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(200) cursor?: string;
  @ApiPropertyOptional({ minimum: 1, maximum: 100, default: 20 }) @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(100) limit?: number;
}

export class AdminReviewQueueQueryDto extends ReviewQueueQueryDto {
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() providerId?: string;
}

export class DocumentDecisionDto implements DocumentDecisionRequest {
  @ApiProperty({ enum: ['ACCEPTED', 'REJECTED'] }) @IsIn(['ACCEPTED', 'REJECTED']) decision: 'ACCEPTED' | 'REJECTED';

  @ApiPropertyOptional({ description: 'Required when rejecting' })
  @ValidateIf((dto: DocumentDecisionDto) => dto.decision === 'REJECTED' || dto.note !== undefined)
  @Transform(trim)
  @MaxLength(500)
  @IsString()
  // Listed last so it is checked first: a missing reason reports "reason required" before anything else.
  @IsNotEmpty({ message: 'reasonRequired' })
  note?: string;
}

export class RequestChangesDto implements RequestChangesRequest {
  @ApiProperty({ enum: DRAFT_FIELD_NAMES, isArray: true })
  @IsArray()
  @ArrayMaxSize(DRAFT_FIELD_NAMES.length)
  @IsIn(DRAFT_FIELD_NAMES, { each: true })
  @UniqueBy('')
  fields: string[];

  @ApiProperty({ enum: DOCUMENT_TYPES, isArray: true })
  @IsArray()
  @ArrayMaxSize(DOCUMENT_TYPES.length)
  @IsIn(DOCUMENT_TYPES, { each: true })
  @UniqueBy('')
  documentTypes: DocumentType[];

  @ApiProperty({ example: '营业执照照片模糊，请重新上传清晰的原件照片' })
  @Transform(trim)
  @MaxLength(1000)
  @IsString()
  @IsNotEmpty({ message: 'reasonRequired' })
  message: string;
}

export class ApproveDto implements ApproveRequest {
  @ApiPropertyOptional() @IsOptional() @Transform(trim) @IsString() @MaxLength(500) note?: string;
}

export class RejectDto implements RejectRequest {
  @ApiProperty() @Transform(trim) @MaxLength(1000) @IsString() @IsNotEmpty({ message: 'reasonRequired' }) reason: string;
}
