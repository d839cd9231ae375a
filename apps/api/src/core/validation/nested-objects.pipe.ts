import { type ArgumentMetadata, Injectable, type PipeTransform } from '@nestjs/common';
import { getMetadataStorage, ValidationTypes } from 'class-validator';
import { DomainError } from '../errors/domain-error.js';

type Problem = { field: string; code: string };
/** A DTO class, as class-validator and Nest hand it around. */
type DtoClass = abstract new (...args: never[]) => unknown;

const isRecord = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === 'object' && !Array.isArray(value);

/**
 * Where a DTO expects a nested object (`@ValidateNested()`), only an object: class-validator walks into any array it
 * finds there and validates its elements, so `{ items: [[]] }` or `{ window: [] }` passes with nothing checked and
 * reaches the service as a list of lists. Runs after the validation pipe on the DTO it made, over every DTO, and
 * answers such a value with a 400 on the field (`nestedValidation`). An array property (its declared type) must hold
 * objects; any other nested property must be one.
 */
@Injectable()
export class NestedObjectsPipe implements PipeTransform {
  transform(value: unknown, metadata: ArgumentMetadata): unknown {
    if (!metadata.metatype || !isRecord(value)) return value;
    const problems: Problem[] = [];
    checkNested(value, metadata.metatype as DtoClass, '', problems, 0);
    if (problems.length > 0) throw DomainError.invalidFields(problems);
    return value;
  }
}

function checkNested(value: Record<string, unknown>, type: DtoClass, prefix: string, problems: Problem[], depth: number): void {
  // The input guard already refuses nesting deeper than this.
  if (depth > 16 || problems.length >= 5) return;
  const nested = getMetadataStorage()
    .getTargetValidationMetadatas(type, '', true, false)
    .filter((entry) => entry.type === ValidationTypes.NESTED_VALIDATION);
  for (const propertyName of new Set(nested.map((entry) => entry.propertyName))) {
    const field = prefix ? `${prefix}.${propertyName}` : propertyName;
    const child = value[propertyName];
    if (child === undefined || child === null) continue;
    const declared = Reflect.getMetadata('design:type', type.prototype as object, propertyName) as unknown;
    const elements = declared === Array ? (Array.isArray(child) ? child.map((element, index) => [`${field}.${index}`, element] as const) : []) : [[field, child] as const];
    for (const [path, element] of elements) {
      if (!isRecord(element)) problems.push({ field: path, code: 'nestedValidation' });
      // The validation pipe made each nested value an instance of its DTO class; that class says what lies deeper.
      else if (element.constructor !== Object) checkNested(element, element.constructor as DtoClass, path, problems, depth + 1);
    }
  }
}
