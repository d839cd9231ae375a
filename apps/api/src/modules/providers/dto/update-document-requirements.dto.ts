import { ApiProperty } from '@nestjs/swagger';
import { DOCUMENT_TYPES, type DocumentRequirementView, type DocumentType, type UpdateDocumentRequirementsRequest } from '@pos/shared';
import { Transform, Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsArray, IsBoolean, IsIn, IsString, MaxLength, ValidateNested } from 'class-validator';
import { trim } from './dto-helpers.js';

export class DocumentRequirementDto implements DocumentRequirementView {
  @ApiProperty({ enum: DOCUMENT_TYPES })
  @IsIn(DOCUMENT_TYPES)
  documentType: DocumentType;

  @ApiProperty({ description: 'False: the merchant may upload it but can submit without it' })
  @IsBoolean()
  required: boolean;

  @ApiProperty({ description: 'Hint shown to the merchant; may be empty' })
  @Transform(trim)
  @IsString()
  @MaxLength(500)
  note: string;

  @ApiProperty()
  @Transform(trim)
  @IsString()
  @MaxLength(500)
  noteEn: string;
}

export class UpdateDocumentRequirementsDto implements UpdateDocumentRequirementsRequest {
  @ApiProperty({ type: [DocumentRequirementDto], description: 'The whole list; must include BUSINESS_LICENCE as required' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(DOCUMENT_TYPES.length)
  @ArrayUnique((item: { documentType?: unknown }) => item.documentType)
  @ValidateNested({ each: true })
  @Type(() => DocumentRequirementDto)
  items: DocumentRequirementDto[];
}
