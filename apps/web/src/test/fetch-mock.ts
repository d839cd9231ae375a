import type { CurrentUser, ErrorBody, SessionResponse } from '@pos/shared';
import { vi } from 'vitest';

export function jsonResponse(status: number, body?: unknown): Response {
  return new Response(body === undefined ? null : JSON.stringify(body), {
    status,
    headers: body === undefined ? {} : { 'Content-Type': 'application/json' },
  });
}

export function errorResponse(status: number, body: ErrorBody): Response {
  return jsonResponse(status, body);
}

export interface RecordedCall {
  method: string;
  path: string;
  /** The query string, with its "?" ("" when none): the handler table is keyed by path alone. */
  search: string;
  headers: Headers;
  body: unknown;
}

type Handler = (call: RecordedCall) => Response | Promise<Response>;

/**
 * Requests every signed-in page makes on its own (the header bell polls the unread count), answered quietly when a
 * test does not handle them: they are neither recorded nor seen by `fetchMock`, so tests about a page stay about it.
 */
const BACKGROUND: Record<string, () => Response> = {
  'GET /api/notifications/unread-count': () => jsonResponse(200, { count: 0 }),
};

/**
 * Replaces the global fetch with a table of `"METHOD /path"` handlers and records every call.
 * An unexpected request fails the test loudly instead of hanging.
 */
export function mockApi(handlers: Record<string, Handler>) {
  const calls: RecordedCall[] = [];
  const fetchMock = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = new URL(typeof input === 'string' ? input : input instanceof URL ? input.href : input.url, 'http://localhost');
    const method = (init?.method ?? 'GET').toUpperCase();
    const call: RecordedCall = {
      method,
      path: url.pathname,
      search: url.search,
      headers: new Headers(init?.headers),
      body: typeof init?.body === 'string' ? JSON.parse(init.body) : undefined,
    };
    calls.push(call);
    const handler = handlers[`${method} ${url.pathname}`];
    if (!handler) throw new Error(`Unexpected request ${method} ${url.pathname}`);
    return handler(call);
  });
  vi.stubGlobal('fetch', (input: RequestInfo | URL, init?: RequestInit) => {
    const url = new URL(typeof input === 'string' ? input : input instanceof URL ? input.href : input.url, 'http://localhost');
    const key = `${(init?.method ?? 'GET').toUpperCase()} ${url.pathname}`;
    const background = BACKGROUND[key];
    if (background && !handlers[key]) return Promise.resolve(background());
    return fetchMock(input, init);
  });
  return { calls, fetchMock, callsTo: (key: string) => calls.filter((call) => `${call.method} ${call.path}` === key) };
}

export function makeUser(overrides: Partial<CurrentUser> = {}): CurrentUser {
  return {
    id: 'user-1',
    role: 'MERCHANT',
    displayName: '王店主',
    mobile: '13800138000',
    email: null,
    locale: 'zh-CN',
    provider: null,
    ...overrides,
  };
}

export function makeSession(overrides: Partial<CurrentUser> = {}, accessToken = 'access-1'): SessionResponse {
  return { accessToken, expiresIn: 900, user: makeUser(overrides) };
}
