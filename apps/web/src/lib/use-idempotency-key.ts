import { useCallback, useState } from 'react';

/** The header the API's `@Idempotent()` endpoints read (ADR 0015). */
export const IDEMPOTENCY_KEY_HEADER = 'Idempotency-Key';

/** A random v4 UUID; `crypto.randomUUID` exists only in secure contexts, so a plain-http deployment builds one by hand. */
export function newIdempotencyKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6]! & 0x0f) | 0x40;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/**
 * One key per user action (ADR 0015): generated when the form opens and sent with every attempt, so a double click
 * or a retry after an error creates one record; `renew` after a success makes the next submit a new action.
 */
export function useIdempotencyKey(): { key: string; renew: () => void } {
  const [key, setKey] = useState(newIdempotencyKey);
  const renew = useCallback(() => setKey(newIdempotencyKey()), []);
  return { key, renew };
}

/** The request header carrying `key`. */
export const idempotencyHeaders = (key: string): Record<string, string> => ({ [IDEMPOTENCY_KEY_HEADER]: key });
