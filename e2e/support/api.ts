import { readFileSync } from 'node:fs';
import type { APIRequestContext } from '@playwright/test';
import { fixture, PASSWORD } from './helpers.js';

/** Direct API calls for preparing a journey's starting point (the browser journeys cover these steps elsewhere). */
export class Api {
  constructor(private readonly request: APIRequestContext) {}

  async token(loginName: string, password = PASSWORD): Promise<string> {
    const response = await this.request.post('/api/auth/login', { data: { loginName, password } });
    if (!response.ok()) throw new Error(`login ${loginName}: ${response.status()} ${await response.text()}`);
    return (await response.json()).accessToken;
  }

  async call<T = Record<string, unknown>>(token: string, method: 'GET' | 'POST' | 'PATCH', url: string, data?: unknown): Promise<T> {
    const response = await this.request.fetch(url, { method, headers: { authorization: `Bearer ${token}` }, data: data as object });
    if (!response.ok()) throw new Error(`${method} ${url}: ${response.status()} ${await response.text()}`);
    return response.json() as Promise<T>;
  }

  async upload(token: string, applicationId: string, documentType: string, name: string) {
    const response = await this.request.post(`/api/applications/${applicationId}/documents/${documentType}`, {
      headers: { authorization: `Bearer ${token}` },
      multipart: { file: { name, mimeType: 'application/octet-stream', buffer: readFileSync(fixture(name)) } },
    });
    if (!response.ok()) throw new Error(`upload ${documentType}: ${response.status()} ${await response.text()}`);
  }

  /** A complete application at 东方商业银行, submitted by the given merchant. Returns its id. */
  async submittedApplication(merchant: string, fields: Record<string, unknown>): Promise<{ id: string; reference: string }> {
    const token = await this.token(merchant);
    const providers = await this.call<{ items: { id: string; nameEn: string }[] }>(token, 'GET', '/api/providers');
    const bank = providers.items.find((p) => p.nameEn.startsWith('Dongfang'))!;
    const draft = await this.call<{ id: string; reference: string; documentRequirements: { documentType: string; required: boolean }[] }>(token, 'POST', '/api/applications', { providerId: bank.id });
    await this.call(token, 'PATCH', `/api/applications/${draft.id}`, fields);
    for (const requirement of draft.documentRequirements.filter((r) => r.required)) {
      await this.upload(token, draft.id, requirement.documentType, requirement.documentType === 'STOREFRONT_PHOTO' ? 'storefront.png' : 'licence.jpg');
    }
    await this.call(token, 'POST', `/api/applications/${draft.id}/submit`);
    return { id: draft.id, reference: draft.reference };
  }

  /** Reviews, approves, signs and countersigns: the application ends SIGNED. */
  async signedApplication(merchant: string, legalName: string, fields: Record<string, unknown>): Promise<{ id: string; reference: string }> {
    const application = await this.submittedApplication(merchant, fields);
    const reviewer = await this.token('reviewer@dongfang-bank.example');
    const claimed = await this.call<{ documents: { id: string }[] }>(reviewer, 'POST', `/api/console/applications/${application.id}/claim`);
    for (const document of claimed.documents) {
      await this.call(reviewer, 'POST', `/api/console/applications/${application.id}/documents/${document.id}/decision`, { decision: 'ACCEPTED' });
    }
    await this.call(reviewer, 'POST', `/api/console/applications/${application.id}/approve`, {});
    const token = await this.token(merchant);
    const agreement = await this.call<{ id: string; documentSha256: string; fees: { lines: { key: string }[] } }>(token, 'GET', `/api/applications/${application.id}/agreement`);
    await this.call(token, 'POST', `/api/agreements/${agreement.id}/sign`, {
      signedName: legalName,
      documentSha256: agreement.documentSha256,
      acknowledgedFeeLines: agreement.fees.lines.map((l) => l.key),
      acceptTerms: true,
    });
    await this.call(await this.token('admin@dongfang-bank.example'), 'POST', `/api/console/agreements/${agreement.id}/countersign`);
    return application;
  }
}

/** Wizard fields for a complete application (a real-format credit code and resident ID). */
export function applicationFields(businessName: string, creditCode: string, legalName: string, mobile: string) {
  return {
    businessName,
    creditCode,
    businessAddress: '北京市朝阳区建国路 88 号',
    mcc: '5411',
    openingDate: '2020-05-01',
    legalRepName: legalName,
    legalRepIdNumber: '11010519491231002X',
    legalRepMobile: mobile,
    contactName: legalName,
    contactMobile: mobile,
    settlementAccountName: legalName,
    settlementBank: '东方商业银行',
    settlementAccountNumber: '6222021234567890123',
    installAddress: '北京市朝阳区建国路 88 号 1 层',
    installRegion: '110000',
    volumes: [{ channel: 'DEBIT_CARD', monthlyAmountFen: 5_000_000, averageTicketFen: 20_000 }],
    terminalRequests: [{ terminalType: 'TRADITIONAL_POS', count: 1 }],
  };
}
