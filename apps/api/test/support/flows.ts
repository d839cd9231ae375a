import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { PrismaService } from '../../src/core/prisma/prisma.service.js';
import { submittedApplication } from './applications.js';
import { bearer, login, type Session } from './http.js';

/** Takes a new application at 东方商业银行 through review and both signatures: it ends SIGNED. Returns its id. */
export async function signedApplication(app: NestFastifyApplication, prisma: PrismaService, merchant: Session, overrides: Record<string, unknown> = {}): Promise<string> {
  const reviewer = await login(app, 'reviewer@dongfang-bank.example');
  const admin = await login(app, 'admin@dongfang-bank.example');
  const post = (session: Session, url: string, payload: object = {}) => app.inject({ method: 'POST', url, headers: bearer(session), payload });
  const application = await submittedApplication(app, prisma, merchant, 'Dongfang', overrides);
  const claimed = (await post(reviewer, `/api/console/applications/${application.id}/claim`)).json();
  for (const document of claimed.documents) await post(reviewer, `/api/console/applications/${application.id}/documents/${document.id}/decision`, { decision: 'ACCEPTED' });
  await post(reviewer, `/api/console/applications/${application.id}/approve`);
  const agreement = (await app.inject({ method: 'GET', url: `/api/applications/${application.id}/agreement`, headers: bearer(merchant) })).json();
  const signed = await post(merchant, `/api/agreements/${agreement.id}/sign`, {
    signedName: '王小明',
    documentSha256: agreement.documentSha256,
    acknowledgedFeeLines: agreement.fees.lines.map((l: { key: string }) => l.key),
    acceptTerms: true,
  });
  if (signed.statusCode !== 200) throw new Error(`sign failed ${signed.body}`);
  const countersigned = await post(admin, `/api/console/agreements/${agreement.id}/countersign`);
  if (countersigned.statusCode !== 200) throw new Error(`countersign failed ${countersigned.body}`);
  return application.id;
}
