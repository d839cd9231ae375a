import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { PrismaService } from '../../src/core/prisma/prisma.service.js';
import { bearer, type Session } from '../support/http.js';

/** A live terminal of the merchant with a provider, registered directly (the installation flow has its own tests). */
export async function liveTerminal(prisma: PrismaService, merchantId: string, providerNameEn = 'Dongfang Commercial Bank'): Promise<string> {
  const provider = await prisma.provider.findFirstOrThrow({ where: { nameEn: providerNameEn } });
  const serialNumber = `TEST-${Math.random().toString(36).slice(2, 10).toUpperCase()}`;
  const terminal = await prisma.terminal.create({
    data: { providerId: provider.id, merchantId, serialNumber, type: 'TRADITIONAL_POS', model: '联迪 A8', status: 'LIVE', address: '测试地址', liveAt: new Date() },
  });
  return terminal.id;
}

export function caller(app: NestFastifyApplication) {
  return (session: Session | undefined, method: 'GET' | 'POST' | 'PUT', url: string, payload?: unknown) =>
    app.inject({ method, url, headers: session ? bearer(session) : {}, ...(payload === undefined ? {} : { payload: payload as object }) });
}

export async function until<T>(probe: () => Promise<T | null | undefined | false>, timeoutMs = 15_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error('Timed out waiting');
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}
