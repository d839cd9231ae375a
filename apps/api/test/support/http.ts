import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { SessionResponse } from '@pos/shared';
import { DEMO_PASSWORD } from '../../src/seed/demo-data.js';

export interface Session extends SessionResponse {
  /** The `pos_refresh=...` pair, ready for a Cookie header. */
  refreshCookie: string;
}

export function refreshCookieOf(setCookie: string | string[] | undefined): string {
  const header = [setCookie ?? []].flat().find((c) => c.startsWith('pos_refresh='));
  if (!header) throw new Error('no refresh cookie in response');
  return header.split(';')[0]!;
}

export async function login(app: NestFastifyApplication, loginName: string, password = DEMO_PASSWORD): Promise<Session> {
  const response = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { loginName, password } });
  if (response.statusCode !== 200) throw new Error(`login ${loginName} failed: ${response.statusCode} ${response.body}`);
  return { ...(response.json() as SessionResponse), refreshCookie: refreshCookieOf(response.headers['set-cookie']) };
}

export const bearer = (session: { accessToken: string }) => ({ authorization: `Bearer ${session.accessToken}` });
