import { DRAFT_FIELD_NAMES } from '@pos/shared';
import { describe, expect, it } from 'vitest';
import { FIELD_GROUPS, isDraftFieldName } from './review-field-groups';

describe('FIELD_GROUPS', () => {
  it('offers every field a reviewer may ask to change, exactly once', () => {
    const grouped = FIELD_GROUPS.flatMap((group) => group.fields);
    expect(new Set(grouped).size).toBe(grouped.length);
    expect([...grouped].sort()).toEqual([...DRAFT_FIELD_NAMES].sort());
  });

  it('recognises draft field names and nothing else', () => {
    expect(isDraftFieldName('settlementAccountNumber')).toBe(true);
    expect(isDraftFieldName('volumes.0.monthlyAmountFen')).toBe(false);
  });
});
