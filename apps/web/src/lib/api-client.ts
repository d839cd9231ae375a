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
  /** Extra request headers, e.g. `Idempotency-Key` on a creating POST (ADR 0015). */
  headers?: Record<string, string>;
}

/** How far an upload has got; `percent` is a whole number 0–100. */
export interface UploadProgress {
  loaded: number;
  total: number;
  percent: number;
}

export interface UploadOptions {
  method?: 'POST' | 'PUT';
  signal?: AbortSignal;
  /** Extra request headers, e.g. `Idempotency-Key` on an upload (ADR 0015). */
  headers?: Record<string, string>;
  /** Called as the browser sends the body; starts again from 0 if the upload is retried after a token refresh. */
  onProgress?: (progress: UploadProgress) => void;
}

export interface ApiClient {
  request<T>(path: string, options?: RequestOptions): Promise<T>;
  get<T>(path: string, options?: Omit<RequestOptions, 'method' | 'body'>): Promise<T>;
  post<T>(path: string, body?: unknown, options?: Omit<RequestOptions, 'method' | 'body'>): Promise<T>;
  put<T>(path: string, body?: unknown, options?: Omit<RequestOptions, 'method' | 'body'>): Promise<T>;
  patch<T>(path: string, body?: unknown, options?: Omit<RequestOptions, 'method' | 'body'>): Promise<T>;
  delete<T = void>(path: string, options?: Omit<RequestOptions, 'method' | 'body'>): Promise<T>;
  /** GETs a file (a document download) as a Blob, with the same token and refresh handling as every other call. */
  getBlob(path: string, options?: Omit<RequestOptions, 'method' | 'body'>): Promise<Blob>;
  /**
   * Sends multipart form data with XMLHttpRequest, because fetch cannot report upload progress. Shares the
   * token, language, refresh-and-retry-once and error handling of `request`.
   */
  upload<T>(path: string, body: FormData, options?: UploadOptions): Promise<T>;
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
  /** Defaults to the global XMLHttpRequest, looked up on every upload so tests can stub it. */
  createXhr?: () => XMLHttpRequest;
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
  415: ErrorCode.UNSUPPORTED_FILE_TYPE,
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

/** A sent request's answer and the language it was asked in. */
interface Sent {
  response: Response;
  locale: Locale;
}

/** Statuses whose response must not carry a body (the Response constructor refuses one). */
const NULL_BODY_STATUSES = new Set([101, 204, 205, 304]);

/** The XMLHttpRequest's answer as a fetch Response, so both transports share one error and body reader. */
function responseOfXhr(xhr: XMLHttpRequest): Response {
  const headers = new Headers();
  const contentType = xhr.getResponseHeader('Content-Type');
  if (contentType) headers.set('Content-Type', contentType);
  return new Response(NULL_BODY_STATUSES.has(xhr.status) ? null : xhr.responseText, { status: xhr.status, headers });
}

export function createApiClient(options: ApiClientOptions): ApiClient {
  const { session, getLocale } = options;
  const doFetch: typeof fetch = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
  const createXhr = options.createXhr ?? (() => new globalThis.XMLHttpRequest());
  let refreshInFlight: Promise<SessionResponse> | undefined;

  /** Anything that is not the API's own error body (a proxy's HTML page, a dropped connection) still becomes an ApiError. */
  const syntheticError = (status: number, code: ErrorCode, locale: Locale) =>
    new ApiError(status, { code, message: ERROR_MESSAGES[locale][code] }, locale);

  async function send(
    path: string,
    { method = 'GET', body, signal, headers: extraHeaders }: RequestOptions,
    token: string | undefined,
    accept = 'application/json',
  ): Promise<Sent> {
    const locale = getLocale();
    const headers = new Headers({ ...extraHeaders, Accept: accept, 'Accept-Language': locale });
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

  function sendXhr(path: string, body: FormData, { method = 'POST', signal, onProgress, headers: extraHeaders }: UploadOptions, token: string | undefined): Promise<Sent> {
    const locale = getLocale();
    return new Promise<Sent>((resolve, reject) => {
      if (signal?.aborted) {
        reject(new DOMException('The upload was aborted', 'AbortError'));
        return;
      }
      const xhr = createXhr();
      xhr.open(method, path);
      for (const [name, value] of Object.entries(extraHeaders ?? {})) xhr.setRequestHeader(name, value);
      // Same-origin requests carry cookies anyway; only the Bearer token authorises an API call.
      xhr.setRequestHeader('Accept', 'application/json');
      xhr.setRequestHeader('Accept-Language', locale);
      if (token) xhr.setRequestHeader('Authorization', `Bearer ${token}`);
      const onAbort = () => xhr.abort();
      signal?.addEventListener('abort', onAbort, { once: true });
      const settle = () => signal?.removeEventListener('abort', onAbort);
      xhr.upload.onprogress = (event) => {
        if (!onProgress || !event.lengthComputable || event.total <= 0) return;
        onProgress({ loaded: event.loaded, total: event.total, percent: Math.min(100, Math.floor((event.loaded * 100) / event.total)) });
      };
      xhr.onload = () => {
        settle();
        resolve({ response: responseOfXhr(xhr), locale });
      };
      xhr.onerror = () => {
        settle();
        reject(syntheticError(0, ErrorCode.SERVICE_UNAVAILABLE, locale));
      };
      xhr.ontimeout = xhr.onerror;
      xhr.onabort = () => {
        settle();
        reject(new DOMException('The upload was aborted', 'AbortError'));
      };
      xhr.send(body);
    });
  }

  async function readBody<T>(response: Response): Promise<T> {
    const text = await response.text();
    return (text ? JSON.parse(text) : undefined) as T;
  }

  async function toApiError({ response, locale }: Sent): Promise<ApiError> {
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

  /**
   * Sends with the current token; on a 401 (outside the auth endpoints) refreshes once and sends again.
   * `dispatch` performs one attempt with a given token, `read` turns a successful answer into the result.
   */
  async function withSession<T>(
    path: string,
    dispatch: (token: string | undefined) => Promise<Sent>,
    read: (response: Response) => Promise<T>,
  ): Promise<T> {
    const token = session.getAccessToken();
    const sent = await dispatch(token);
    if (sent.response.ok) return read(sent.response);
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
    const retried = await dispatch(freshToken);
    if (!retried.response.ok) throw await toApiError(retried);
    return read(retried.response);
  }

  function request<T>(path: string, requestOptions: RequestOptions = {}): Promise<T> {
    return withSession(path, (token) => send(path, requestOptions, token), (response) => readBody<T>(response));
  }

  return {
    request,
    get: (path, rest) => request(path, { ...rest, method: 'GET' }),
    post: (path, body, rest) => request(path, { ...rest, method: 'POST', body }),
    put: (path, body, rest) => request(path, { ...rest, method: 'PUT', body }),
    patch: (path, body, rest) => request(path, { ...rest, method: 'PATCH', body }),
    delete: (path, rest) => request(path, { ...rest, method: 'DELETE' }),
    getBlob: (path, rest) =>
      // A file answers in its own type; errors still come back as the API's JSON body.
      withSession(path, (token) => send(path, { ...rest, method: 'GET' }, token, '*/*'), (response) => response.blob()),
    upload: (path, body, uploadOptions = {}) =>
      withSession(path, (token) => sendXhr(path, body, uploadOptions, token), (response) => readBody(response)),
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
