import type { Readable } from 'node:stream';

/** Inclusive byte range of a file, as in an HTTP `Range: bytes=start-end` header. */
export interface ByteRange {
  start: number;
  end: number;
}

/** An object in the store, for the sweeper: its key and when it was last written. */
export interface StoredObject {
  key: string;
  lastModified: Date;
}

/**
 * Where uploaded and generated files live (STORAGE_URL: `file://` under DATA_DIR, or `s3://bucket/prefix`).
 *
 * Bytes arrive in two steps so that nothing half-written is ever visible under a content address and two writers of
 * the same bytes never share a temporary name: `writeTemporary` streams into a fresh object of its own, then
 * `promote` moves it to its content address (idempotent: the same content is kept once). Content keys are SHA-256
 * hex chosen by the server, never names a user sent. Which content may be removed is decided by the database
 * (StoredFiles), not here.
 */
export abstract class FileStorage {
  /** A short description for logs and errors, e.g. `file:///data/files` or `s3://bucket/prefix/`. */
  abstract readonly location: string;

  /** Streams `source` into a new temporary object and returns its key. Rejects (and leaves nothing) if the source fails. */
  abstract writeTemporary(source: Readable): Promise<string>;

  /** Moves a temporary object to the content address `sha256`; a later `discardTemporary` of it is harmless. */
  abstract promote(temporaryKey: string, sha256: string): Promise<void>;

  /** Removes a temporary object if it is still there. */
  abstract discardTemporary(temporaryKey: string): Promise<void>;

  /** Reads a stored file, whole or one range of it. */
  abstract open(sha256: string, range?: ByteRange): Promise<Readable>;

  /** The size of a stored file in bytes, or null when it is not there. */
  abstract size(sha256: string): Promise<number | null>;

  abstract remove(sha256: string): Promise<void>;

  /** Every content object (not temporaries). */
  abstract listContent(): AsyncIterable<StoredObject>;

  /** Every temporary object, including those a crash left behind. */
  abstract listTemporary(): AsyncIterable<StoredObject>;
}

const SHA256_HEX = /^[0-9a-f]{64}$/;

/** Refuses anything but a content address, so no caller mistake can turn a key into a path elsewhere. */
export function assertContentKey(sha256: string): void {
  if (!SHA256_HEX.test(sha256)) throw new Error(`Invalid storage key ${JSON.stringify(sha256)}`);
}

export const isContentKey = (name: string) => SHA256_HEX.test(name);

/** `ab/cd/abcd…`: two levels of fan-out keep any one folder (or listing page) small. */
export const contentPath = (sha256: string) => `${sha256.slice(0, 2)}/${sha256.slice(2, 4)}/${sha256}`;
