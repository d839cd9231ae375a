import { validate } from 'class-validator';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { toFieldErrors } from './validation-pipe.js';
import { IsPastDate } from './validators.js';

class OpeningDate {
  @IsPastDate() openingDate!: unknown;
}

const errorsFor = async (openingDate: unknown) => {
  const subject = Object.assign(new OpeningDate(), { openingDate });
  return toFieldErrors(await validate(subject)).map(({ field, code }) => ({ field, code }));
};

describe(IsPastDate.name, () => {
  beforeEach(() => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date('2026-11-25T16:30:00Z')); // 2026-11-26 00:30 in Beijing
  });
  afterEach(() => vi.useRealTimers());

  it("accepts today's date in China at 00:30 Beijing time, while the UTC day is still yesterday", async () => {
    expect(await errorsFor('2026-11-26')).toEqual([]);
  });

  it('refuses tomorrow as dateInFuture, not as a badly formatted date', async () => {
    expect(await errorsFor('2026-11-27')).toEqual([{ field: 'openingDate', code: 'dateInFuture' }]);
  });

  it('refuses a day that does not exist as isDateString', async () => {
    expect(await errorsFor('2026-02-30')).toEqual([{ field: 'openingDate', code: 'isDateString' }]);
  });
});
