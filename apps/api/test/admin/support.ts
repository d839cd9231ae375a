import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { PrismaService } from '../../src/core/prisma/prisma.service.js';
import { bearer, type Session } from '../support/http.js';

type Method = 'GET' | 'POST' | 'PUT' | 'DELETE';

/** Requests as a session (or anonymous when undefined). */
export function caller(app: NestFastifyApplication) {
  return (session: Session | undefined, method: Method, url: string, payload?: unknown) =>
    app.inject({ method, url, headers: session ? bearer(session) : {}, ...(payload === undefined ? {} : { payload: payload as object }) });
}

/** The token in the newest invitation email to `to`, read from the outbox as the invitee would read their mail. */
export async function invitationToken(prisma: PrismaService, to: string): Promise<{ token: string; body: string; subject: string }> {
  const email = await prisma.outboxEmail.findFirstOrThrow({ where: { toAddress: to, type: 'account.invited' }, orderBy: { createdAt: 'desc' } });
  const match = /\/accept-invitation\?token=([A-Za-z0-9_-]+)/.exec(email.bodyText);
  if (!match) throw new Error(`no invitation link in ${email.bodyText}`);
  return { token: match[1]!, body: email.bodyText, subject: email.subject };
}

export const NEW_PROVIDER = {
  kind: 'THIRD_PARTY_PAYMENT',
  name: '华信支付有限公司',
  nameEn: 'Huaxin Payment Co., Ltd.',
  licenceNumber: 'Z2024310000019',
  description: '面向小微商户的聚合收款服务',
  contactPhone: '400-800-1234',
  serviceRegions: ['310000', '320000'],
  settlementCycle: 'T1',
  responseHours: 4,
  onSiteHours: 24,
} as const;
