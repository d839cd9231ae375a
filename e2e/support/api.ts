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

/**
 * The provider's side of an application, through the API, for journeys that walk the merchant's side in the
 * browser (the provider's side is walked in the browser by the reviewer and installation journeys).
 */
export class ProviderDesk {
  constructor(private readonly api: Api) {}

  private reviewer = () => this.api.token('reviewer@dongfang-bank.example');

  /** The reviewer claims, rejects the storefront photo and asks for a new one and a new contact name. */
  async requestChanges(applicationId: string, message: string) {
    const token = await this.reviewer();
    const claimed = await this.api.call<{ documents: { id: string; documentType: string }[] }>(token, 'POST', `/api/console/applications/${applicationId}/claim`);
    const photo = claimed.documents.find((d) => d.documentType === 'STOREFRONT_PHOTO')!;
    await this.api.call(token, 'POST', `/api/console/applications/${applicationId}/documents/${photo.id}/decision`, { decision: 'REJECTED', note: '门头照片看不清店名' });
    await this.api.call(token, 'POST', `/api/console/applications/${applicationId}/request-changes`, { fields: ['contactName'], documentTypes: ['STOREFRONT_PHOTO'], message });
  }

  /** The reviewer accepts every document and approves; the agreement goes out. */
  async approve(applicationId: string) {
    const token = await this.reviewer();
    // A resubmission comes back to the queue; the reviewer picks it up again.
    const view = await this.api.call<{ documents: { id: string; reviewStatus: string }[] }>(token, 'POST', `/api/console/applications/${applicationId}/claim`);
    for (const document of view.documents.filter((d) => d.reviewStatus !== 'ACCEPTED')) {
      await this.api.call(token, 'POST', `/api/console/applications/${applicationId}/documents/${document.id}/decision`, { decision: 'ACCEPTED' });
    }
    await this.api.call(token, 'POST', `/api/console/applications/${applicationId}/approve`, {});
  }

  async countersign(agreementId: string) {
    await this.api.call(await this.api.token('admin@dongfang-bank.example'), 'POST', `/api/console/agreements/${agreementId}/countersign`);
  }

  /** Support sends 钱师傅 for the merchant's first window. */
  async dispatch(installationId: string) {
    const support = await this.api.token('support@dongfang-bank.example');
    const technicians = await this.api.call<{ items: { id: string; displayName: string }[] }>(support, 'GET', '/api/console/technicians');
    const technician = technicians.items.find((t) => t.displayName === '钱师傅')!;
    await this.api.call(support, 'POST', `/api/console/installations/${installationId}/confirm`, { technicianId: technician.id, windowIndex: 0 });
  }

  /** The technician arrives, records one 联迪 A8, passes every check and an approved test transaction. */
  async install(installationId: string, serialNumber: string) {
    const tech = await this.api.token('tech@dongfang-bank.example');
    await this.api.call(tech, 'POST', `/api/console/jobs/${installationId}/arrive`);
    await this.api.call(tech, 'POST', `/api/console/jobs/${installationId}/terminals`, { serialNumber, model: '联迪 A8', simNetwork: '中国移动 4G', firmwareVersion: 'V2.1.0' });
    const checklist = Object.fromEntries(['power', 'network', 'swipe', 'insert', 'tap', 'qrScan', 'printer', 'pinPad'].map((item) => [item, true]));
    await this.api.call(tech, 'POST', `/api/console/jobs/${installationId}/complete`, {
      checklist,
      testTransaction: { amountFen: 1, channel: 'DEBIT_CARD', responseCode: '00', receiptPrinted: true },
    });
  }
}

/** "YYYY-MM-DD HH:mm" in Beijing time, `days` from today: what the booking form's date-time inputs take. */
export function beijingTime(days: number, hour: number): string {
  const date = new Date(Date.now() + 8 * 3_600_000 + days * 86_400_000).toISOString().slice(0, 10);
  return `${date} ${String(hour).padStart(2, '0')}:00`;
}

export interface BookingWindow {
  /** "YYYY-MM-DD HH:mm", Beijing time, for the booking form. */
  start: string;
  end: string;
  /** ISO instants, for the API. */
  startIso: string;
  endIso: string;
  hour: number;
}

/** This run's first installation day, two to eight weeks ahead: a retried run starts on another day. */
const FIRST_BOOKING_DAY = 14 + Math.floor(Math.random() * 42);
let bookingSlot = 0;

/**
 * Two one-hour installation windows no other booking of this run has: the demo has one technician and the
 * database refuses to double-book them, so journeys that dispatched fixed windows would collide with each other.
 */
export function bookingWindows(): [BookingWindow, BookingWindow] {
  const one = (): BookingWindow => {
    const slot = bookingSlot++;
    const days = FIRST_BOOKING_DAY + Math.floor(slot / 10);
    const hour = 8 + (slot % 10);
    const start = beijingTime(days, hour);
    const end = beijingTime(days, hour + 1);
    return { start, end, startIso: `${start.replace(' ', 'T')}:00+08:00`, endIso: `${end.replace(' ', 'T')}:00+08:00`, hour };
  };
  return [one(), one()];
}

