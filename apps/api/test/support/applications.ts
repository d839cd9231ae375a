import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { type ApplicationView, creditCodeCheckCharacter, organizationCodeCheckCharacter } from '@pos/shared';
import type { PrismaService } from '../../src/core/prisma/prisma.service.js';
import { bearer, type Session } from './http.js';
import { fixture, multipartFile } from './multipart.js';

/** A complete, valid set of wizard fields (real-format credit code, resident ID and account number). */
export const COMPLETE_FIELDS = {
  businessName: '王记便利店',
  creditCode: '91350100M000100Y43',
  businessAddress: '北京市朝阳区建国路 88 号',
  mcc: '5411',
  businessScope: '日用百货零售',
  openingDate: '2020-05-01',
  legalRepName: '王小明',
  legalRepIdNumber: '11010519491231002X',
  legalRepMobile: '13800138000',
  contactName: '王小明',
  contactMobile: '13800138000',
  contactEmail: 'wang@example.cn',
  settlementAccountName: '王小明',
  settlementBank: '东方商业银行',
  settlementBranch: '朝阳支行',
  settlementAccountNumber: '6222 0212 3456 7890 123',
  installAddress: '北京市朝阳区建国路 88 号 1 层',
  installRegion: '110000',
  volumes: [
    { channel: 'DEBIT_CARD', monthlyAmountFen: 5_000_000, averageTicketFen: 20_000 },
    { channel: 'WECHAT_PAY', monthlyAmountFen: 3_000_000, averageTicketFen: null },
  ],
  terminalRequests: [{ terminalType: 'TRADITIONAL_POS', count: 1 }],
  wizardStep: 6,
} as const;

/** The id of a demo provider by its English name. */
export async function providerId(prisma: PrismaService, nameEn: string): Promise<string> {
  return (await prisma.provider.findFirstOrThrow({ where: { nameEn: { startsWith: nameEn } }, select: { id: true } })).id;
}

export async function createDraft(app: NestFastifyApplication, session: Session, provider: string): Promise<ApplicationView> {
  const response = await app.inject({ method: 'POST', url: '/api/applications', headers: bearer(session), payload: { providerId: provider } });
  if (response.statusCode !== 201) throw new Error(`create failed ${response.statusCode} ${response.body}`);
  return response.json();
}

export function upload(app: NestFastifyApplication, session: Session, applicationId: string, documentType: string, name = 'licence.jpg', bytes = fixture('licence.jpg')) {
  const { payload, headers } = multipartFile(name, bytes);
  return app.inject({ method: 'POST', url: `/api/applications/${applicationId}/documents/${documentType}`, headers: { ...bearer(session), ...headers }, payload });
}

/** Fills every field and uploads every required document of the application's provider. */
export async function completeApplication(app: NestFastifyApplication, session: Session, application: ApplicationView, fields: Record<string, unknown> = COMPLETE_FIELDS) {
  const saved = await app.inject({ method: 'PATCH', url: `/api/applications/${application.id}`, headers: bearer(session), payload: fields });
  if (saved.statusCode !== 200) throw new Error(`save failed ${saved.statusCode} ${saved.body}`);
  for (const requirement of application.documentRequirements.filter((r) => r.required)) {
    const response = await upload(app, session, application.id, requirement.documentType);
    if (response.statusCode !== 201) throw new Error(`upload failed ${response.statusCode} ${response.body}`);
  }
}

let creditCodeCounter = 0;
/**
 * A fresh, valid unified social credit code, unique within the run: the process id in the division code, the clock
 * and a counter in the organisation code's body, then its GB 11714 check character and the GB 32100 one.
 */
export function uniqueCreditCode(): string {
  creditCodeCounter += 1;
  const body = `${String(Date.now() % 1e4).padStart(4, '0')}${String(creditCodeCounter % 1e4).padStart(4, '0')}`;
  const first17 = `91330${String(process.pid % 1000).padStart(3, '0')}${body}${organizationCodeCheckCharacter(body)}`;
  return first17 + creditCodeCheckCharacter(first17);
}

/** A complete application, submitted: ready for the review queue. */
export async function submittedApplication(app: NestFastifyApplication, prisma: PrismaService, session: Session, providerNameEn: string, overrides: Record<string, unknown> = {}): Promise<ApplicationView> {
  const draft = await createDraft(app, session, await providerId(prisma, providerNameEn));
  await completeApplication(app, session, draft, { ...COMPLETE_FIELDS, creditCode: uniqueCreditCode(), ...overrides });
  const response = await app.inject({ method: 'POST', url: `/api/applications/${draft.id}/submit`, headers: bearer(session) });
  if (response.statusCode !== 200) throw new Error(`submit failed ${response.statusCode} ${response.body}`);
  return response.json();
}
