import { Injectable } from '@nestjs/common';
import { beijingDate, type EmergencyContact, type EmergencyPlanView, type PreventionProviderListResponse, type SignSize } from '@pos/shared';
import type { AuthUser } from '../../core/auth/auth-user.js';
import { DomainError } from '../../core/errors/domain-error.js';
import type { ReminderSignQueryDto, SaveEmergencyPlanDto } from './dto/prevention.dto.js';
import { renderEmergencyPlanPdf, renderReminderSignPdf } from './prevention-pdf.js';
import { PreventionRepository } from './prevention.repository.js';

export interface PdfFile {
  body: Buffer;
  fileName: string;
}

/** What the merchant keeps at the till: the emergency plan and the customer reminder sign, both printable. */
@Injectable()
export class PreparednessService {
  constructor(private readonly repository: PreventionRepository) {}

  async providers(user: AuthUser): Promise<PreventionProviderListResponse> {
    return { items: await this.repository.merchantProviders(user.id) };
  }

  /** The saved plan; before the first save, a blank plan with the hotline of the merchant's (first) provider. */
  async plan(user: AuthUser): Promise<EmergencyPlanView> {
    const plan = await this.repository.findPlan(user.id);
    if (plan) {
      return {
        saved: true,
        fallbackPayment: plan.fallbackPayment,
        contacts: plan.contacts as unknown as EmergencyContact[],
        steps: plan.steps,
        providerHotline: plan.providerHotline,
        updatedAt: plan.updatedAt.toISOString(),
      };
    }
    const [provider] = await this.repository.merchantProviders(user.id);
    return { saved: false, fallbackPayment: '', contacts: [], steps: '', providerHotline: provider?.contactPhone ?? null, updatedAt: null };
  }

  async savePlan(user: AuthUser, dto: SaveEmergencyPlanDto): Promise<EmergencyPlanView> {
    const contacts = dto.contacts.map(({ name, role, phone }) => ({ name, role, phone }));
    await this.repository.savePlan(user.id, { fallbackPayment: dto.fallbackPayment, contacts, steps: dto.steps, providerHotline: dto.providerHotline ?? null });
    return this.plan(user);
  }

  async planPdf(user: AuthUser): Promise<PdfFile> {
    const plan = await this.repository.findPlan(user.id);
    if (!plan) throw DomainError.notFound();
    const body = await renderEmergencyPlanPdf({
      merchantName: await this.repository.merchantName(user.id),
      fallbackPayment: plan.fallbackPayment,
      contacts: plan.contacts as unknown as EmergencyContact[],
      steps: plan.steps,
      providerHotline: plan.providerHotline,
      updatedOn: beijingDate(plan.updatedAt),
    });
    return { body, fileName: '应急预案.pdf' };
  }

  /** The sign with one provider's hotline, or every provider's the merchant has terminals with; another provider is 404. */
  async sign(user: AuthUser, query: ReminderSignQueryDto): Promise<PdfFile> {
    const size: SignSize = query.size ?? 'A5';
    const providers = await this.repository.merchantProviders(user.id);
    const chosen = query.providerId ? providers.filter((provider) => provider.id === query.providerId) : providers;
    if (query.providerId && chosen.length === 0) throw DomainError.notFound();
    const body = await renderReminderSignPdf(
      size,
      chosen.map((provider) => ({ name: provider.name, nameEn: provider.nameEn, phone: provider.contactPhone })),
    );
    return { body, fileName: `请核对银行卡信息-${size}.pdf` };
  }
}
