import type { ErrorBody } from '@pos/shared';
import { vi } from 'vitest';

type ProgressHandler = ((event: { lengthComputable: boolean; loaded: number; total: number }) => void) | null;

/**
 * A stand-in for XMLHttpRequest that records each upload and lets the test drive it: report progress, then answer.
 * Only what the API client uses is implemented.
 */
export class FakeXhr {
  method = '';
  url = '';
  headers: Record<string, string> = {};
  body: unknown;
  status = 0;
  responseText = '';
  private responseHeaders: Record<string, string> = {};
  readonly upload: { onprogress: ProgressHandler } = { onprogress: null };
  onload: (() => void) | null = null;
  onerror: (() => void) | null = null;
  ontimeout: (() => void) | null = null;
  onabort: (() => void) | null = null;
  aborted = false;
  sent = false;

  constructor(private readonly onSend: (xhr: FakeXhr) => void) {}

  open(method: string, url: string) {
    this.method = method.toUpperCase();
    this.url = url;
  }

  setRequestHeader(name: string, value: string) {
    this.headers[name.toLowerCase()] = value;
  }

  getResponseHeader(name: string): string | null {
    return this.responseHeaders[name.toLowerCase()] ?? null;
  }

  send(body: unknown) {
    this.body = body;
    this.sent = true;
    this.onSend(this);
  }

  abort() {
    this.aborted = true;
    this.onabort?.();
  }

  /** The upload has sent `loaded` of `total` bytes. */
  progress(loaded: number, total: number) {
    this.upload.onprogress?.({ lengthComputable: true, loaded, total });
  }

  /** The server answers with a JSON body (or none). */
  respond(status: number, body?: unknown) {
    this.status = status;
    this.responseText = body === undefined ? '' : JSON.stringify(body);
    this.responseHeaders = body === undefined ? {} : { 'content-type': 'application/json' };
    this.onload?.();
  }

  respondError(status: number, body: ErrorBody) {
    this.respond(status, body);
  }

  /** The connection dropped. */
  fail() {
    this.onerror?.();
  }

  /** The file part of the multipart body, when there is one. */
  get file(): File | undefined {
    return this.body instanceof FormData ? ((this.body.get('file') as File | null) ?? undefined) : undefined;
  }
}

type UploadHandler = (xhr: FakeXhr) => void;

/**
 * Replaces XMLHttpRequest with FakeXhr. A handler keyed "METHOD /path" may answer at once; without one the upload
 * stays pending for the test to drive through `requests`.
 */
export function mockXhr(handlers: Record<string, UploadHandler> = {}) {
  const requests: FakeXhr[] = [];
  class BoundFakeXhr extends FakeXhr {
    constructor() {
      super((xhr) => {
        requests.push(xhr);
        handlers[`${xhr.method} ${xhr.url}`]?.(xhr);
      });
    }
  }
  vi.stubGlobal('XMLHttpRequest', BoundFakeXhr);
  return {
    requests,
    /** The most recent upload, once it has been sent. */
    last: () => requests.at(-1),
    create: () => new BoundFakeXhr() as unknown as XMLHttpRequest,
  };
}
