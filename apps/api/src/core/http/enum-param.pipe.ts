import type { PipeTransform } from '@nestjs/common';
import { DomainError } from '../errors/domain-error.js';

/**
 * A path parameter that must be one of an enum's values (`/troubleshooting/trees/:category`). Anything else is a 400
 * naming the parameter, like any other field error; Nest's ParseEnumPipe answers a bare 400 that names nothing.
 */
export class EnumParamPipe<T extends string> implements PipeTransform<string, T> {
  private readonly values: ReadonlySet<string>;

  constructor(
    values: Record<string, T> | readonly T[],
    private readonly field: string,
  ) {
    this.values = new Set(Array.isArray(values) ? values : Object.values(values));
  }

  transform(value: string): T {
    if (!this.values.has(value)) throw DomainError.invalidFields([{ field: this.field, code: 'isEnum' }]);
    return value as T;
  }
}
