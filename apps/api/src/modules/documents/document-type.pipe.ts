import { Injectable, type PipeTransform } from '@nestjs/common';
import { DOCUMENT_TYPES, type DocumentType } from '@pos/shared';
import { DomainError } from '../../core/errors/domain-error.js';

@Injectable()
export class DocumentTypePipe implements PipeTransform<string, DocumentType> {
  transform(value: string): DocumentType {
    if (!(DOCUMENT_TYPES as readonly string[]).includes(value)) throw DomainError.invalidFields([{ field: 'documentType', code: 'isEnum' }]);
    return value as DocumentType;
  }
}
