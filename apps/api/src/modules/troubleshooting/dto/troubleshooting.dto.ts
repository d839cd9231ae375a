import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  type EscalateTroubleshootingRequest,
  FaultCategory,
  RESPONSE_CODE_VALUES,
  type SaveTroubleshootingTreeRequest,
  type StartTroubleshootingRequest,
  type TroubleshootingAnswerRequest,
  type TroubleshootingTreeDefinition,
} from '@pos/shared';
import { Transform } from 'class-transformer';
import { IsIn, IsNotEmpty, IsObject, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);
const upperOrUndefined = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim().toUpperCase() || undefined : value);

export class StartTroubleshootingDto implements StartTroubleshootingRequest {
  @ApiProperty({ format: 'uuid' }) @IsUUID() terminalId: string;
  @ApiProperty({ enum: Object.values(FaultCategory) }) @IsIn(Object.values(FaultCategory)) category: FaultCategory;
  @ApiPropertyOptional({ example: '55' }) @IsOptional() @Transform(upperOrUndefined) @IsIn(RESPONSE_CODE_VALUES) responseCode?: string;
}

export class TroubleshootingAnswerDto implements TroubleshootingAnswerRequest {
  @ApiProperty({ example: 'reenter-pin' }) @IsString() @IsNotEmpty() @MaxLength(40) stepId: string;
  @ApiProperty({ example: 'NOT_SOLVED' }) @IsString() @IsNotEmpty() @MaxLength(40) answer: string;
}

export class EscalateTroubleshootingDto implements EscalateTroubleshootingRequest {
  @ApiPropertyOptional() @IsOptional() @Transform(trim) @IsString() @MaxLength(4000) description?: string;
}

/** The tree itself is checked by the shared `treeProblems`, which reports every problem with its path. */
export class SaveTroubleshootingTreeDto implements SaveTroubleshootingTreeRequest {
  @ApiProperty({ type: 'object', additionalProperties: true }) @IsObject() definition: TroubleshootingTreeDefinition;
}
