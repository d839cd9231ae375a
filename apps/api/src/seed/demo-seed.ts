import { normalizeLoginName } from '@pos/shared';
import type { PasswordHasher } from '../core/auth/password-hasher.js';
import type { PrismaService } from '../core/prisma/prisma.service.js';
import { AGREEMENT_TEMPLATE_BODY, AGREEMENT_TEMPLATE_BODY_EN, DEMO_ACCOUNTS, DEMO_PASSWORD, DEMO_PROVIDERS, DEMO_SLA, DEMO_TERMINAL } from './demo-data.js';

const DAY_MS = 86_400_000;

/**
 * Fills an empty database with the demo marketplace and one account per role. Does nothing when any account
 * exists, so a restart never duplicates or overwrites real data. Returns whether it seeded.
 */
export async function seedDemoData(prisma: PrismaService, hasher: PasswordHasher): Promise<boolean> {
  if ((await prisma.user.count()) > 0) return false;
  const passwordHash = await hasher.hash(DEMO_PASSWORD);

  await prisma.$transaction(async (tx) => {
    const providerIds: string[] = [];
    for (const demo of DEMO_PROVIDERS) {
      const provider = await tx.provider.create({
        data: {
          kind: demo.kind,
          name: demo.name,
          nameEn: demo.nameEn,
          licenceNumber: demo.licenceNumber,
          description: demo.description,
          descriptionEn: demo.descriptionEn,
          serviceRegions: [...demo.serviceRegions],
          settlementCycle: demo.settlementCycle,
          responseHours: demo.responseHours,
          onSiteHours: demo.onSiteHours,
          contactPhone: demo.contactPhone,
          reviewSlaBusinessDays: demo.reviewSlaBusinessDays,
          secondApprovalTerminalThreshold: demo.secondApprovalTerminalThreshold,
          secondApprovalMccs: [...demo.secondApprovalMccs],
          inspectionIntervalDays: demo.inspectionIntervalDays,
          terminalModels: { create: demo.terminalModels.map((model) => ({ ...model })) },
          documentRequirements: { create: demo.documents.map((doc) => ({ ...doc })) },
          slaPolicies: { create: DEMO_SLA.map((sla) => ({ ...sla })) },
          feeSchedules: {
            create: {
              version: 1,
              monthlyFeeFen: demo.fees.monthlyFeeFen,
              deviceFeeFen: demo.fees.deviceFeeFen,
              notes: demo.fees.notes,
              rates: { create: demo.fees.rates.map((rate) => ({ ...rate })) },
            },
          },
          agreementTemplates: {
            create: { version: 1, title: `${demo.name} POS 终端服务协议`, body: AGREEMENT_TEMPLATE_BODY, titleEn: `${demo.nameEn} POS terminal service agreement`, bodyEn: AGREEMENT_TEMPLATE_BODY_EN },
          },
        },
      });
      providerIds.push(provider.id);
    }

    await tx.user.createMany({
      data: DEMO_ACCOUNTS.map((account) => {
        const loginName = normalizeLoginName(account.loginName);
        return {
          role: account.role,
          displayName: account.displayName,
          mobile: loginName.includes('@') ? null : loginName,
          email: loginName.includes('@') ? loginName : null,
          passwordHash,
          providerId: account.provider === undefined ? null : providerIds[account.provider],
        };
      }),
    });

    const merchant = await tx.user.findFirstOrThrow({ where: { role: 'MERCHANT' }, select: { id: true } });
    const { provider, installedDaysAgo, ...terminal } = DEMO_TERMINAL;
    const installedAt = new Date(Date.now() - installedDaysAgo * DAY_MS);
    await tx.terminal.create({
      data: {
        ...terminal,
        providerId: providerIds[provider]!,
        merchantId: merchant.id,
        status: 'LIVE',
        installedAt,
        liveAt: installedAt,
        nextInspectionDue: new Date(installedAt.getTime() + DEMO_PROVIDERS[provider].inspectionIntervalDays * DAY_MS),
      },
    });
  });
  return true;
}
