import { registerDecorator, type ValidationOptions } from 'class-validator';

/**
 * The years a date filter or a page cursor may name. The portal holds nothing from before 2000, and 2100 is far
 * beyond any deadline it sets. Outside them lie values PostgreSQL refuses (year 0, years past 294276) and values
 * `Date` cannot hold at all (beyond ±275760): instead of reaching the database as a 500, they are the caller's mistake.
 */
export const FIRST_ACCEPTED_YEAR = 2000;
export const LAST_ACCEPTED_YEAR = 2100;

const FIRST_INSTANT = Date.UTC(FIRST_ACCEPTED_YEAR, 0, 1);
const END_INSTANT = Date.UTC(LAST_ACCEPTED_YEAR + 1, 0, 1);

/** An instant inside the accepted years (a `Date` that is not Invalid Date). */
export function isAcceptedInstant(date: Date): boolean {
  const time = date.getTime();
  return !Number.isNaN(time) && time >= FIRST_INSTANT && time < END_INSTANT;
}

export type FilterDateProblem = 'isDateString' | 'dateOutOfRange';

/** YYYY-MM-DD naming a day that exists (no 30 February) inside the accepted years; which rule failed, if one did. */
export function checkFilterDate(value: unknown): FilterDateProblem | undefined {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return 'isDateString';
  const date = new Date(`${value}T00:00:00Z`);
  if (Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== value) return 'isDateString';
  return isAcceptedInstant(date) ? undefined : 'dateOutOfRange';
}

/**
 * A date in a query filter (`?from=2026-11-01`): a real calendar day in the accepted years. One decorator for every
 * filter, so no date reaches a query that PostgreSQL or `Date` cannot hold. The rule code is the message, as for the
 * shared validators.
 */
export const IsFilterDate = (options?: ValidationOptions) => (target: object, propertyName: string) =>
  registerDecorator({
    name: 'isFilterDate',
    target: target.constructor,
    propertyName,
    options,
    validator: {
      validate: (value: unknown) => checkFilterDate(value) === undefined,
      defaultMessage: (args) => checkFilterDate(args?.value) ?? 'isDateString',
    },
  });
