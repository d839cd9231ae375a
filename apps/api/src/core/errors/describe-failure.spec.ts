import { describe, expect, it } from 'vitest';
import { describeFailure } from './describe-failure.js';

describe(describeFailure.name, () => {
  it('gives the stack of an Error', () => {
    const error = new Error('port taken');
    expect(describeFailure(error)).toBe(error.stack);
  });

  it('says a step failed without a reason instead of printing "undefined"', () => {
    expect(describeFailure(undefined)).toMatch(/^a step failed without giving a reason \(it rejected with undefined\)/);
    expect(describeFailure(null)).toMatch(/rejected with null/);
  });

  it('shows what a non-Error value holds', () => {
    expect(describeFailure({ code: 'EPIPE', detail: { port: 5432 } })).toBe("a step failed with a value that is not an Error: { code: 'EPIPE', detail: { port: 5432 } }");
    expect(describeFailure('initdb failed')).toBe('initdb failed');
  });
});
