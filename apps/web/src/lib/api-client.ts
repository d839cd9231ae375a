import {
  ERROR_MESSAGES,
  ErrorCode,
  type ErrorBody,
  type FieldError,
  type Locale,
  type SessionResponse,
} from '@pos/shared';
import { currentLocale } from './i18n';
import { sessionStore, type SessionStore } from './session-store';

/** An error answer from the API (or a failure to reach it), with the server's code and translated message. */
export class ApiError extends Error {
  override readonly name = 'ApiError';
  readonly status: number;
  readonly code: ErrorCode;
  readonly fieldErrors: FieldError[];
  readonly details: ErrorBody['details'];
  /** The language the request asked for, i.e. the language `message` is written in. */
  readonly locale: Locale;

  constructor(status: number, body: ErrorBody, locale: Locale) {
    super(body.message);
    this.status = status;
    this.locale = locale;
    this.code = body.code;
    this.details = body.details;
    this.fieldErrors = body.details?.fields ?? [];
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export interface RequestOptions {
  method?: Method;
  body?: unknown;
  signal?: AbortSignal;
}

export interface ApiClient {
  request<T>(path: string, options?: RequestOptions): Promise<T>;
  get<T>(path: string, options?: Omit<RequestOptions, 'method' | 'body'>): Promise<T>;
  post<T>(path: string, body?: unknown, options?: Omit<RequestOptions, 'method' | 'body'>): Promise<T>;
  patch<T>(path: string, body?: unknown, options?: Omit<RequestOptions, 'method' | 'body'>): Promise<T>;
  /**
   * Exchanges the refresh cookie for a new access token. Single-flight: callers that arrive while a refresh
   * is running share it, because the server rotates the cookie and would treat a second use as token reuse.
   */
  refreshSession(): Promise<SessionResponse>;
  /** On page load: restore the session from the refresh cookie, silently ending as anonymous when there is none. */
  restoreSession(): Promise<void>;
}

export interface ApiClientOptions {
  session: SessionStore;
  getLocale: () => Locale;
  /** Defaults to the global fetch, looked up on every call so tests can stub it. */
  fetch?: typeof fetch;
}

/** Auth endpoints answer 401 for wrong credentials or a dead refresh cookie; refreshing would not help. */
const AUTH_PATH = /^\/api\/auth\//;

const CODE_FOR_STATUS: Partial<Record<number, ErrorCode>> = {
  400: ErrorCode.VALIDATION_FAILED,
  401: ErrorCode.UNAUTHENTICATED,
  403: ErrorCode.FORBIDDEN,
  404: ErrorCode.NOT_FOUND,
  409: ErrorCode.CONFLICT,
  413: ErrorCode.PAYLOAD_TOO_LARGE,
  429: ErrorCode.TOO_MANY_REQUESTS,
  502: ErrorCode.SERVICE_UNAVAILABLE,
  503: ErrorCode.SERVICE_UNAVAILABLE,
  504: ErrorCode.SERVICE_UNAVAILABLE,
};

function isErrorBody(value: unknown): value is ErrorBody {
  if (typeof value !== 'object' || value === null) return false;
  const { code, message } = value as Record<string, unknown>;
  return typeof code === 'string' && code in ErrorCode && typeof message === 'string';
}

export function createApiClient(options: ApiClientOptions): ApiClient {
  const { session, getLocale } = options;
  const doFetch: typeof fetch = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
  let refreshInFlight: Promise<SessionResponse> | undefined;

  /** Anything that is not the API's own error body (a proxy's HTML page, a dropped connection) still becomes an ApiError. */
  const syntheticError = (status: number, code: ErrorCode, locale: Locale) =>
    new ApiError(status, { code, message: ERROR_MESSAGES[locale][code] }, locale);

  async function send(path: string, { method = 'GET', body, signal }: RequestOptions, token: string | undefined) {
    const locale = getLocale();
    const headers = new Headers({ Accept: 'application/json', 'Accept-Language': locale });
    if (body !== undefined) headers.set('Content-Type', 'application/json');
    if (token) headers.set('Authorization', `Bearer ${token}`);
    try {
      const response = await doFetch(path, {
        method,
        headers,
        body: body === undefined ? undefined : JSON.stringify(body),
        credentials: 'same-origin',
        signal,
      });
      return { response, locale };
    } catch (error) {
      if (signal?.aborted) throw error;
      throw syntheticError(0, ErrorCode.SERVICE_UNAVAILABLE, locale);
    }
  }

  async function readBody<T>(response: Response): Promise<T> {
    const text = await response.text();
    return (text ? JSON.parse(text) : undefined) as T;
  }

  async function toApiError({ response, locale }: { response: Response; locale: Locale }): Promise<ApiError> {
    let body: unknown;
    try {
      body = await response.json();
    } catch {
      body = undefined;
    }
    if (isErrorBody(body)) return new ApiError(response.status, body, locale);
    return syntheticError(response.status, CODE_FOR_STATUS[response.status] ?? ErrorCode.INTERNAL, locale);
  }

  async function once<T>(path: string, requestOptions: RequestOptions, token: string | undefined): Promise<T> {
    const sent = await send(path, requestOptions, token);
    if (!sent.response.ok) throw await toApiError(sent);
    return readBody<T>(sent.response);
  }

  function refreshSession(): Promise<SessionResponse> {
    refreshInFlight ??= (async () => {
      try {
        const fresh = await once<SessionResponse>('/api/auth/refresh', { method: 'POST' }, undefined);
        session.signIn(fresh);
        return fresh;
      } catch (error) {
        // Only a definite "no" from the server ends the session; a network blip keeps it for the next try.
        if (isApiError(error) && error.status === 401) session.signOut(error.code);
        throw error;
      } finally {
        refreshInFlight = undefined;
      }
    })();
    return refreshInFlight;
  }

  async function request<T>(path: string, requestOptions: RequestOptions = {}): Promise<T> {
    const token = session.getAccessToken();
    const sent = await send(path, requestOptions, token);
    if (sent.response.ok) return readBody<T>(sent.response);
    const error = await toApiError(sent);
    if (sent.response.status !== 401 || AUTH_PATH.test(path)) throw error;

    // A concurrent call may already have refreshed while this one was in flight: reuse its token.
    const latest = session.getAccessToken();
    let freshToken: string;
    if (latest && latest !== token) {
      freshToken = latest;
    } else {
      try {
        freshToken = (await refreshSession()).accessToken;
      } catch (refreshError) {
        throw isApiError(refreshError) ? refreshError : error;
      }
    }
    // Exactly one retry: a second 401 with a brand-new token is reported, not looped on.
    return once<T>(path, requestOptions, freshToken);
  }

  return {
    request,
    get: (path, rest) => request(path, { ...rest, method: 'GET' }),
    post: (path, body, rest) => request(path, { ...rest, method: 'POST', body }),
    patch: (path, body, rest) => request(path, { ...rest, method: 'PATCH', body }),
    refreshSession,
    async restoreSession() {
      try {
        await refreshSession();
      } catch {
        // No cookie, or an expired one, on page load is the normal anonymous visit: no "session ended" notice.
        session.signOut();
      }
    },
  };
}

/** The client the app uses: the tab's session and the interface language. */
export const apiClient = createApiClient({ session: sessionStore, getLocale: currentLocale });
