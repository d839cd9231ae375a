import { DomainError } from '../errors/domain-error.js';
import { isAcceptedInstant } from '../validation/date-range.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Where a keyset page ended: the sort value (an instant, or null for rows sorted last without one) and the row id. */
export interface KeysetPosition {
  at: Date | null;
  id: string;
}

/** The position of a page's last row as an opaque string for `?cursor=`. */
export function encodeCursor(at: Date | null, id: string): string {
  return Buffer.from(JSON.stringify([at?.toISOString() ?? null, id])).toString('base64url');
}

/**
 * Reads a cursor made by `encodeCursor`; anything else is the client's mistake, a 400 on the `cursor` field. The one
 * place cursor instants are checked: exactly as `encodeCursor` writes them (`toISOString`), and inside the years the
 * API accepts, so a hand-made `+275760-09-13` or `0000-01-01` never reaches a query.
 * `allowNull` accepts a position without a sort value (the support queue's tickets without a deadline).
 */
export function decodeCursor(cursor: string | undefined, allowNull = false): KeysetPosition | undefined {
  if (cursor === undefined || cursor === '') return undefined;
  try {
    const [at, id] = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as [unknown, unknown];
    if (typeof id === 'string' && UUID.test(id)) {
      if (at === null && allowNull) return { at: null, id };
      if (typeof at === 'string') {
        const instant = new Date(at);
        if (isAcceptedInstant(instant) && instant.toISOString() === at) return { at: instant, id };
      }
    }
  } catch {
    // not one of ours: fall through to the field error
  }
  throw DomainError.invalidFields([{ field: 'cursor', code: 'isIn' }]);
}
