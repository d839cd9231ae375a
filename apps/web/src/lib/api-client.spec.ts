import type { SessionResponse } from '@pos/shared';
import { describe, expect, it, vi } from 'vitest';
import { errorResponse, jsonResponse, makeSession, mockApi } from '../test/fetch-mock';
import { mockXhr } from '../test/xhr-mock';
import { ApiError, createApiClient } from './api-client';
import { createSessionStore } from './session-store';

function deferred<T>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((done) => {
    resolve = done;
  });
  return { promise, resolve };
}

function setup(locale: 'zh-CN' | 'en' = 'zh-CN') {
  const session = createSessionStore();
  const sut = createApiClient({ session, getLocale: () => locale });
  return { sut, session };
}

const unauthenticated = () => errorResponse(401, { code: 'UNAUTHENTICATED', message: '请先登录' });

describe(createApiClient.name, () => {
  it('sends the interface language, the bearer token and same-origin credentials', async () => {
    const { sut, session } = setup('en');
    session.signIn(makeSession({}, 'token-a'));
    const api = mockApi({ 'GET /api/me': () => jsonResponse(200, { id: 'user-1' }) });

    await expect(sut.get('/api/me')).resolves.toEqual({ id: 'user-1' });

    const [call] = api.calls;
    expect(call?.headers.get('Accept-Language')).toBe('en');
    expect(call?.headers.get('Authorization')).toBe('Bearer token-a');
    expect(api.fetchMock.mock.calls[0]?.[1]?.credentials).toBe('same-origin');
  });

  it('refreshes once for concurrent 401s and retries every call with the new token', async () => {
    const { sut, session } = setup();
    session.signIn(makeSession({}, 'old'));
    const refreshGate = deferred<void>();
    const api = mockApi({
      'GET /api/a': ({ headers }) => (headers.get('Authorization') === 'Bearer new' ? jsonResponse(200, 'a') : unauthenticated()),
      'GET /api/b': ({ headers }) => (headers.get('Authorization') === 'Bearer new' ? jsonResponse(200, 'b') : unauthenticated()),
      'GET /api/c': ({ headers }) => (headers.get('Authorization') === 'Bearer new' ? jsonResponse(200, 'c') : unauthenticated()),
      'POST /api/auth/refresh': async () => {
        await refreshGate.promise;
        return jsonResponse(200, makeSession({}, 'new'));
      },
    });

    const results = Promise.all([sut.get('/api/a'), sut.get('/api/b'), sut.get('/api/c')]);
    // Let all three 401s arrive while the one refresh is still waiting for the server.
    await new Promise((done) => setTimeout(done, 10));
    refreshGate.resolve();

    await expect(results).resolves.toEqual(['a', 'b', 'c']);
    expect(api.callsTo('POST /api/auth/refresh')).toHaveLength(1);
    for (const path of ['/api/a', '/api/b', '/api/c']) {
      const tokens = api.calls.filter((call) => call.path === path).map((call) => call.headers.get('Authorization'));
      expect(tokens).toEqual(['Bearer old', 'Bearer new']);
    }
    expect(session.getAccessToken()).toBe('new');
  });

  it('retries with a token another call already refreshed instead of refreshing again', async () => {
    const { sut, session } = setup();
    session.signIn(makeSession({}, 'old'));
    const slowAnswer = deferred<void>();
    const api = mockApi({
      'GET /api/slow': async ({ headers }) => {
        if (headers.get('Authorization') === 'Bearer new') return jsonResponse(200, 'slow');
        await slowAnswer.promise;
        return unauthenticated();
      },
      'GET /api/fast': ({ headers }) => (headers.get('Authorization') === 'Bearer new' ? jsonResponse(200, 'fast') : unauthenticated()),
      'POST /api/auth/refresh': () => jsonResponse(200, makeSession({}, 'new')),
    });

    const slow = sut.get('/api/slow');
    await expect(sut.get('/api/fast')).resolves.toBe('fast');
    slowAnswer.resolve();

    await expect(slow).resolves.toBe('slow');
    expect(api.callsTo('POST /api/auth/refresh')).toHaveLength(1);
  });

  it('ends the session and rejects every waiting call when the refresh is refused', async () => {
    const { sut, session } = setup();
    session.signIn(makeSession({}, 'old'));
    const api = mockApi({
      'GET /api/a': unauthenticated,
      'GET /api/b': unauthenticated,
      'POST /api/auth/refresh': () =>
        errorResponse(401, { code: 'REFRESH_TOKEN_REUSED', message: '检测到登录凭证被重复使用' }),
    });

    const outcomes = await Promise.allSettled([sut.get('/api/a'), sut.get('/api/b')]);

    for (const outcome of outcomes) {
      expect(outcome.status).toBe('rejected');
      const reason = (outcome as PromiseRejectedResult).reason as ApiError;
      expect(reason).toBeInstanceOf(ApiError);
      expect(reason.code).toBe('REFRESH_TOKEN_REUSED');
    }
    expect(api.callsTo('POST /api/auth/refresh')).toHaveLength(1);
    // No retry without a token: each data call went out exactly once.
    expect(api.callsTo('GET /api/a')).toHaveLength(1);
    expect(session.getState()).toEqual({ status: 'anonymous', endedBy: 'REFRESH_TOKEN_REUSED' });
    expect(session.getAccessToken()).toBeUndefined();
  });

  it('does not refresh after a 401 from an auth endpoint', async () => {
    const { sut } = setup();
    const api = mockApi({
      'POST /api/auth/login': () => errorResponse(401, { code: 'INVALID_CREDENTIALS', message: '账号或密码错误' }),
    });

    const error = await sut.post('/api/auth/login', { loginName: '13800138000', password: 'x' }).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 401, code: 'INVALID_CREDENTIALS', message: '账号或密码错误' });
    expect(api.callsTo('POST /api/auth/refresh')).toHaveLength(0);
  });

  it('exposes the field errors of a validation failure', async () => {
    const { sut } = setup();
    const fields = [{ field: 'loginName', code: 'isLoginName', message: '请输入手机号或邮箱' }];
    mockApi({
      'POST /api/auth/register': () =>
        errorResponse(400, { code: 'VALIDATION_FAILED', message: '提交的信息有误', details: { fields } }),
    });

    const error = (await sut.post('/api/auth/register', {}).catch((e: unknown) => e)) as ApiError;

    expect(error.code).toBe('VALIDATION_FAILED');
    expect(error.fieldErrors).toEqual(fields);
    expect(error.locale).toBe('zh-CN');
  });

  it('turns an unreachable server into SERVICE_UNAVAILABLE in the current language', async () => {
    const { sut } = setup('en');
    mockApi({
      'GET /api/me': () => {
        throw new TypeError('Failed to fetch');
      },
    });

    await expect(sut.get('/api/me')).rejects.toMatchObject({
      status: 0,
      code: 'SERVICE_UNAVAILABLE',
      message: 'The service is temporarily unavailable',
    });
  });

  it('restores a session from the refresh cookie on start', async () => {
    const { sut, session } = setup();
    const restored: SessionResponse = makeSession({ displayName: '李经理', role: 'REVIEWER' }, 'restored');
    mockApi({ 'POST /api/auth/refresh': () => jsonResponse(200, restored) });

    await sut.restoreSession();

    expect(session.getState()).toEqual({ status: 'authenticated', user: restored.user });
    expect(session.getAccessToken()).toBe('restored');
  });

  it('ends a failed restore as a plain anonymous visit, without a "session ended" reason', async () => {
    const { sut, session } = setup();
    mockApi({
      'POST /api/auth/refresh': () => errorResponse(401, { code: 'REFRESH_TOKEN_INVALID', message: '登录已过期' }),
    });

    await sut.restoreSession();

    expect(session.getState()).toEqual({ status: 'anonymous' });
  });
});

describe('createApiClient upload', () => {
  function setupUpload() {
    const session = createSessionStore();
    const xhr = mockXhr();
    const sut = createApiClient({ session, getLocale: () => 'zh-CN' });
    return { sut, session, xhr };
  }

  const file = () => new File(['%PDF-1.7'], 'licence.pdf', { type: 'application/pdf' });

  it('sends the form data with the token and language and reports progress', async () => {
    const { sut, session, xhr } = setupUpload();
    session.signIn(makeSession({}, 'token-a'));
    const body = new FormData();
    body.append('file', file());
    const progress: number[] = [];

    const result = sut.upload('/api/applications/a1/documents/BUSINESS_LICENCE', body, { onProgress: (p) => progress.push(p.percent) });
    const request = xhr.last();
    request?.progress(25, 100);
    request?.progress(100, 100);
    request?.respond(201, { id: 'd1' });

    await expect(result).resolves.toEqual({ id: 'd1' });
    expect(request?.method).toBe('POST');
    expect(request?.headers.authorization).toBe('Bearer token-a');
    expect(request?.headers['accept-language']).toBe('zh-CN');
    expect(request?.file?.name).toBe('licence.pdf');
    expect(progress).toEqual([25, 100]);
  });

  it('refreshes after a 401 and sends the upload once more with the new token', async () => {
    const { sut, session, xhr } = setupUpload();
    session.signIn(makeSession({}, 'old'));
    const api = mockApi({ 'POST /api/auth/refresh': () => jsonResponse(200, makeSession({}, 'new')) });

    const result = sut.upload('/api/x', new FormData());
    xhr.last()?.respondError(401, { code: 'UNAUTHENTICATED', message: '请先登录' });
    await vi.waitFor(() => expect(xhr.requests).toHaveLength(2));
    xhr.last()?.respond(201, { id: 'd2' });

    await expect(result).resolves.toEqual({ id: 'd2' });
    expect(xhr.requests.map((r) => r.headers.authorization)).toEqual(['Bearer old', 'Bearer new']);
    expect(api.callsTo('POST /api/auth/refresh')).toHaveLength(1);
  });

  it('turns a 415 answer into an ApiError with the server code and message', async () => {
    const { sut, xhr } = setupUpload();

    const result = sut.upload('/api/x', new FormData()).catch((e: unknown) => e);
    xhr.last()?.respondError(415, { code: 'UNSUPPORTED_FILE_TYPE', message: '仅支持 JPG、PNG 图片或 PDF 文件' });

    const error = (await result) as ApiError;
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 415, code: 'UNSUPPORTED_FILE_TYPE', message: '仅支持 JPG、PNG 图片或 PDF 文件' });
  });

  it('reports a dropped connection as SERVICE_UNAVAILABLE', async () => {
    const { sut, xhr } = setupUpload();

    const result = sut.upload('/api/x', new FormData()).catch((e: unknown) => e);
    xhr.last()?.fail();

    await expect(result).resolves.toMatchObject({ status: 0, code: 'SERVICE_UNAVAILABLE' });
  });

  it('fetches a file as a blob with the bearer token', async () => {
    const session = createSessionStore();
    session.signIn(makeSession({}, 'token-b'));
    const sut = createApiClient({ session, getLocale: () => 'zh-CN' });
    const api = mockApi({ 'GET /api/files/1': () => new Response('hello', { status: 200, headers: { 'Content-Type': 'image/png' } }) });

    const blob = await sut.getBlob('/api/files/1');

    expect(await blob.text()).toBe('hello');
    expect(api.calls[0]?.headers.get('Authorization')).toBe('Bearer token-b');
  });
});
