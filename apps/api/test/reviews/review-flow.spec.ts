import { ErrorCode } from '@pos/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixture } from '../support/multipart.js';
import { submittedApplication, upload } from '../support/applications.js';
import { bearer, login, type Session } from '../support/http.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

let t: TestApp;
let merchant: Session;
let reviewer: Session;
let secondReviewer: Session;
let admin: Session;
let secondAdmin: Session;

async function staffAccount(email: string, role: 'REVIEWER' | 'PROVIDER_ADMIN', displayName: string): Promise<Session> {
  const template = await t.prisma.user.findUniqueOrThrow({ where: { email: 'reviewer@dongfang-bank.example' } });
  await t.prisma.user.create({ data: { email, role, displayName, passwordHash: template.passwordHash, providerId: template.providerId } });
  return login(t.app, email);
}

beforeAll(async () => {
  t = await createTestApp();
  merchant = await login(t.app, '13800138000');
  reviewer = await login(t.app, 'reviewer@dongfang-bank.example');
  admin = await login(t.app, 'admin@dongfang-bank.example');
  secondReviewer = await staffAccount('reviewer2@dongfang-bank.example', 'REVIEWER', '周审核');
  secondAdmin = await staffAccount('admin2@dongfang-bank.example', 'PROVIDER_ADMIN', '吴主管');
});
afterAll(async () => t?.close());

const console_ = (session: Session | undefined, method: 'GET' | 'POST', path: string, payload?: object) =>
  t.app.inject({ method, url: `/api/console/${path}`, headers: session ? bearer(session) : {}, ...(payload ? { payload } : {}) });
const merchantView = async (id: string) => (await t.app.inject({ method: 'GET', url: `/api/applications/${id}`, headers: bearer(merchant) })).json();

async function acceptAllDocuments(session: Session, id: string) {
  const view = (await console_(session, 'GET', `applications/${id}`)).json();
  for (const document of view.documents) {
    const response = await console_(session, 'POST', `applications/${id}/documents/${document.id}/decision`, { decision: 'ACCEPTED' });
    expect(response.statusCode).toBe(200);
  }
}

describe('the request-changes loop', () => {
  it('goes from claim to requested changes, a targeted fix, resubmission to the same reviewer, and approval', async () => {
    const application = await submittedApplication(t.app, t.prisma, merchant, 'Dongfang');
    const id = application.id;

    const claimed = await console_(reviewer, 'POST', `applications/${id}/claim`);
    expect(claimed.statusCode).toBe(200);
    expect(claimed.json()).toMatchObject({ status: 'IN_REVIEW', claimedBy: { id: reviewer.user.id } });
    const taken = await console_(secondReviewer, 'POST', `applications/${id}/claim`, {});
    expect(taken.statusCode).toBe(409);
    expect(taken.json()).toMatchObject({ code: ErrorCode.ALREADY_CLAIMED });
    expect(taken.json().message).toContain('李审核');

    const storefront = claimed.json().documents.find((d: { documentType: string }) => d.documentType === 'STOREFRONT_PHOTO');
    const rejected = await console_(reviewer, 'POST', `applications/${id}/documents/${storefront.id}/decision`, { decision: 'REJECTED', note: '门头照片看不清店名' });
    expect(rejected.statusCode).toBe(200);
    const noReason = await console_(reviewer, 'POST', `applications/${id}/documents/${storefront.id}/decision`, { decision: 'REJECTED' });
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json().details.fields[0]).toMatchObject({ field: 'note', code: 'reasonRequired' });

    const sentBack = await console_(reviewer, 'POST', `applications/${id}/request-changes`, { fields: ['contactName'], documentTypes: ['STOREFRONT_PHOTO'], message: '请更新联系人并重新上传门头照片' });
    expect(sentBack.statusCode).toBe(200);
    expect(sentBack.json().status).toBe('CHANGES_REQUESTED');

    const toFix = await merchantView(id);
    expect(toFix.openChangeRequest).toMatchObject({ fields: ['contactName'], documentTypes: ['STOREFRONT_PHOTO'], message: '请更新联系人并重新上传门头照片' });
    const notAsked = await t.app.inject({ method: 'PATCH', url: `/api/applications/${id}`, headers: bearer(merchant), payload: { businessName: '改名', contactName: '王小红' } });
    expect(notAsked.statusCode).toBe(400);
    expect(notAsked.json().details.fields).toEqual([expect.objectContaining({ field: 'businessName', code: 'notRequested' })]);
    expect((await upload(t.app, merchant, id, 'BUSINESS_LICENCE')).statusCode).toBe(400);
    expect((await t.app.inject({ method: 'PATCH', url: `/api/applications/${id}`, headers: bearer(merchant), payload: { contactName: '王小红', wizardStep: 2 } })).statusCode).toBe(200);
    expect((await upload(t.app, merchant, id, 'STOREFRONT_PHOTO', 'shop.png', fixture('storefront.png'))).statusCode).toBe(201);
    const resubmitted = await t.app.inject({ method: 'POST', url: `/api/applications/${id}/submit`, headers: bearer(merchant) });
    expect(resubmitted.json()).toMatchObject({ status: 'SUBMITTED', openChangeRequest: null, contactName: '王小红', businessName: '王记便利店' });

    const myQueue = (await console_(reviewer, 'GET', 'review-queue?assigned=me')).json();
    expect(myQueue.items.map((i: { id: string }) => i.id)).toContain(id);
    expect((await console_(secondReviewer, 'POST', `applications/${id}/claim`)).statusCode).toBe(409);
    expect((await console_(reviewer, 'POST', `applications/${id}/claim`)).statusCode).toBe(200);

    const early = await console_(reviewer, 'POST', `applications/${id}/approve`, {});
    expect(early.statusCode).toBe(422);
    expect(early.json().code).toBe(ErrorCode.DOCUMENTS_NOT_ACCEPTED);
    await acceptAllDocuments(reviewer, id);
    const approved = await console_(reviewer, 'POST', `applications/${id}/approve`, { note: '资料齐全' });
    // Approval sends the agreement at once.
    expect(approved.json().status).toBe('AGREEMENT_SENT');

    const timeline = (await t.app.inject({ method: 'GET', url: `/api/applications/${id}/timeline`, headers: bearer(merchant) })).json().items;
    const steps = timeline.map((e: { action: string }) => e.action).filter((a: string) => !a.startsWith('DOCUMENT_'));
    expect(steps).toEqual(['CREATED', 'SUBMIT', 'CLAIM', 'REQUEST_CHANGES', 'SUBMIT', 'CLAIM', 'APPROVE', 'AGREEMENT_GENERATED', 'SEND_AGREEMENT']);
    const request = timeline.find((e: { action: string }) => e.action === 'REQUEST_CHANGES');
    expect(request).toMatchObject({ reason: '请更新联系人并重新上传门头照片', fromStatus: 'IN_REVIEW', toStatus: 'CHANGES_REQUESTED', actor: { role: 'REVIEWER', displayName: null } });
    expect(timeline.find((e: { action: string }) => e.action === 'DOCUMENT_REJECTED')).toMatchObject({ reason: '门头照片看不清店名' });
  });
});

describe('four eyes for high-risk applications', () => {
  it('needs a second approval from a different provider admin', async () => {
    const { id } = await submittedApplication(t.app, t.prisma, merchant, 'Dongfang', { terminalRequests: [{ terminalType: 'SMART_POS', count: 6 }] });
    await console_(admin, 'POST', `applications/${id}/claim`);
    await acceptAllDocuments(admin, id);
    const first = await console_(admin, 'POST', `applications/${id}/approve`, {});
    expect(first.json()).toMatchObject({ status: 'PENDING_SECOND_APPROVAL', highRisk: true, firstApprover: { id: admin.user.id } });

    const samePerson = await console_(admin, 'POST', `applications/${id}/approve`, {});
    expect(samePerson.statusCode).toBe(403);
    expect(samePerson.json().code).toBe(ErrorCode.FOUR_EYES_REQUIRED);
    const notAdmin = await console_(reviewer, 'POST', `applications/${id}/approve`, {});
    expect(notAdmin.statusCode).toBe(403);
    expect(notAdmin.json().code).toBe(ErrorCode.FOUR_EYES_REQUIRED);

    const second = await console_(secondAdmin, 'POST', `applications/${id}/approve`, {});
    expect(second.statusCode).toBe(200);
    expect(second.json().status).toBe('AGREEMENT_SENT');
    const actions = (await t.prisma.auditEvent.findMany({ where: { applicationId: id, fromStatus: { not: null }, entityType: 'Application' }, orderBy: { createdAt: 'asc' } })).map((e) => [e.action, e.actorId]);
    expect(actions.slice(-3)).toEqual([['ESCALATE', admin.user.id], ['APPROVE', secondAdmin.user.id], ['SEND_AGREEMENT', secondAdmin.user.id]]);
  });
});

describe('concurrency', () => {
  it('lets exactly one of 20 simultaneous approvals win, with one audit event', async () => {
    const { id } = await submittedApplication(t.app, t.prisma, merchant, 'Dongfang');
    await console_(reviewer, 'POST', `applications/${id}/claim`);
    await acceptAllDocuments(reviewer, id);
    const responses = await Promise.all(Array.from({ length: 20 }, () => console_(reviewer, 'POST', `applications/${id}/approve`, {})));
    const statuses = responses.map((r) => r.statusCode);
    expect(statuses.filter((s) => s === 200)).toHaveLength(1);
    expect(statuses.filter((s) => s === 409)).toHaveLength(19);
    for (const loser of responses.filter((r) => r.statusCode === 409)) expect([ErrorCode.CONFLICT, ErrorCode.INVALID_TRANSITION]).toContain(loser.json().code);
    expect(await t.prisma.auditEvent.count({ where: { applicationId: id, action: 'APPROVE' } })).toBe(1);
    expect((await t.prisma.application.findUniqueOrThrow({ where: { id } })).status).toBe('AGREEMENT_SENT');
    expect(await t.prisma.agreement.count({ where: { applicationId: id } })).toBe(1);
  });

  it('lets exactly one of two reviewers claim at the same moment', async () => {
    const { id } = await submittedApplication(t.app, t.prisma, merchant, 'Dongfang');
    const [a, b] = await Promise.all([console_(reviewer, 'POST', `applications/${id}/claim`), console_(secondReviewer, 'POST', `applications/${id}/claim`)]);
    expect([a.statusCode, b.statusCode].sort()).toEqual([200, 409]);
    expect(await t.prisma.auditEvent.count({ where: { applicationId: id, action: 'CLAIM' } })).toBe(1);
  });
});

describe("the claimer's repeated clicks", () => {
  it('answer 200 with the same state to every one of ten simultaneous claims by one reviewer', async () => {
    const { id } = await submittedApplication(t.app, t.prisma, merchant, 'Dongfang');
    const responses = await Promise.all(Array.from({ length: 10 }, () => console_(reviewer, 'POST', `applications/${id}/claim`)));
    for (const response of responses) {
      expect(response.statusCode, response.body).toBe(200);
      expect(response.json()).toMatchObject({ status: 'IN_REVIEW', claimedBy: { id: reviewer.user.id } });
    }
    expect(await t.prisma.auditEvent.count({ where: { applicationId: id, action: 'CLAIM' } })).toBe(1);
  });

  it('answer 200 to simultaneous claims of a resubmission that stays with its reviewer', async () => {
    const { id } = await submittedApplication(t.app, t.prisma, merchant, 'Dongfang');
    await console_(reviewer, 'POST', `applications/${id}/claim`);
    await console_(reviewer, 'POST', `applications/${id}/request-changes`, { fields: ['contactName'], documentTypes: [], message: '请更新联系人' });
    await t.app.inject({ method: 'PATCH', url: `/api/applications/${id}`, headers: bearer(merchant), payload: { contactName: '王小红' } });
    expect((await t.app.inject({ method: 'POST', url: `/api/applications/${id}/submit`, headers: bearer(merchant) })).statusCode).toBe(200);
    const responses = await Promise.all(Array.from({ length: 10 }, () => console_(reviewer, 'POST', `applications/${id}/claim`)));
    expect(responses.map((r) => r.statusCode)).toEqual(Array(10).fill(200));
  });
});

describe('resubmission after a change request', () => {
  async function sentBack(documentTypes: string[], reject: string[] = []) {
    const { id } = await submittedApplication(t.app, t.prisma, merchant, 'Dongfang');
    const claimed = (await console_(reviewer, 'POST', `applications/${id}/claim`)).json();
    for (const type of reject) {
      const document = claimed.documents.find((d: { documentType: string }) => d.documentType === type);
      await console_(reviewer, 'POST', `applications/${id}/documents/${document.id}/decision`, { decision: 'REJECTED', note: '看不清' });
    }
    const response = await console_(reviewer, 'POST', `applications/${id}/request-changes`, { fields: ['contactName'], documentTypes, message: '请修改' });
    expect(response.statusCode, response.body).toBe(200);
    return id;
  }
  const submit = (id: string) => t.app.inject({ method: 'POST', url: `/api/applications/${id}/submit`, headers: bearer(merchant) });

  it('is refused, naming the document, until the requested document has a new upload', async () => {
    const id = await sentBack(['STOREFRONT_PHOTO']);
    const refused = await submit(id);
    expect(refused.statusCode).toBe(400);
    expect(refused.json().details.fields).toEqual([expect.objectContaining({ field: 'documents.STOREFRONT_PHOTO', code: 'documentNotReplaced' })]);
    expect((await merchantView(id)).status).toBe('CHANGES_REQUESTED');

    expect((await upload(t.app, merchant, id, 'STOREFRONT_PHOTO', 'shop.png', fixture('storefront.png'))).statusCode).toBe(201);
    expect((await submit(id)).json().status).toBe('SUBMITTED');
  });

  it('asks for every rejected document, ticked or not, and refuses a resubmission without it', async () => {
    const id = await sentBack([], ['STOREFRONT_PHOTO']);
    expect((await merchantView(id)).openChangeRequest.documentTypes).toEqual(['STOREFRONT_PHOTO']);
    expect((await submit(id)).json().details.fields).toEqual([expect.objectContaining({ field: 'documents.STOREFRONT_PHOTO', code: 'documentNotReplaced' })]);
    expect((await upload(t.app, merchant, id, 'STOREFRONT_PHOTO', 'shop.png', fixture('storefront.png'))).statusCode).toBe(201);
    expect((await submit(id)).statusCode).toBe(200);
  });
});

describe('rejection and refused transitions', () => {
  it('rejects with a reason the merchant can read, and refuses a rejection without one', async () => {
    const { id } = await submittedApplication(t.app, t.prisma, merchant, 'Dongfang');
    await console_(reviewer, 'POST', `applications/${id}/claim`);
    const noReason = await console_(reviewer, 'POST', `applications/${id}/reject`, { reason: '  ' });
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json().details.fields[0]).toMatchObject({ field: 'reason', code: 'reasonRequired' });
    expect((await console_(reviewer, 'POST', `applications/${id}/reject`, { reason: '经营范围不在服务区域内' })).json().status).toBe('REJECTED');
    expect(await merchantView(id)).toMatchObject({ status: 'REJECTED', decisionReason: '经营范围不在服务区域内' });
  });

  it('refuses every step the state machine does not allow', async () => {
    const { id } = await submittedApplication(t.app, t.prisma, merchant, 'Dongfang');
    for (const path of ['approve', 'reject', 'request-changes', 'release']) {
      const body = path === 'reject' ? { reason: 'x' } : path === 'request-changes' ? { fields: ['mcc'], documentTypes: [], message: 'x' } : {};
      const response = await console_(reviewer, 'POST', `applications/${id}/${path}`, body);
      expect(response.statusCode, path).toBe(409);
      expect(response.json().code, path).toBe(ErrorCode.INVALID_TRANSITION);
    }
    await console_(reviewer, 'POST', `applications/${id}/claim`);
    await console_(reviewer, 'POST', `applications/${id}/reject`, { reason: '重复申请' });
    for (const path of ['claim', 'approve', 'release']) {
      const response = await console_(reviewer, 'POST', `applications/${id}/${path}`, {});
      expect(response.statusCode, path).toBe(409);
    }
  });

  it('refuses a change request naming nothing or unknown fields', async () => {
    const { id } = await submittedApplication(t.app, t.prisma, merchant, 'Dongfang');
    await console_(reviewer, 'POST', `applications/${id}/claim`);
    const empty = await console_(reviewer, 'POST', `applications/${id}/request-changes`, { fields: [], documentTypes: [], message: '请修改' });
    expect(empty.statusCode).toBe(400);
    const unknown = await console_(reviewer, 'POST', `applications/${id}/request-changes`, { fields: ['passwordHash'], documentTypes: ['PASSPORT'], message: '请修改' });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().details.fields.map((f: { field: string }) => f.field).sort()).toEqual(['documentTypes', 'fields']);
  });
});

describe('tenancy and roles', () => {
  it("answers 404 to another provider's reviewer for the application and its documents", async () => {
    const application = await submittedApplication(t.app, t.prisma, merchant, 'Dongfang');
    const outsider = await login(t.app, 'reviewer@ruitong-pay.example');
    const documentId = application.documents[0]!.id;
    for (const [method, path, body] of [
      ['GET', `applications/${application.id}`, undefined],
      ['POST', `applications/${application.id}/claim`, {}],
      ['POST', `applications/${application.id}/approve`, {}],
      ['POST', `applications/${application.id}/reject`, { reason: 'x' }],
      ['POST', `applications/${application.id}/documents/${documentId}/decision`, { decision: 'ACCEPTED' }],
    ] as const) {
      expect((await console_(outsider, method, path, body)).statusCode, path).toBe(404);
    }
    expect((await t.app.inject({ method: 'GET', url: application.documents[0]!.downloadUrl, headers: bearer(outsider) })).statusCode).toBe(404);
    const queue = (await console_(outsider, 'GET', 'review-queue?limit=100')).json();
    expect(queue.items.map((i: { id: string }) => i.id)).not.toContain(application.id);
  });

  it('answers 401 anonymously and 403 to support staff and merchants', async () => {
    expect((await console_(undefined, 'GET', 'review-queue')).statusCode).toBe(401);
    expect((await console_(await login(t.app, 'support@dongfang-bank.example'), 'GET', 'review-queue')).statusCode).toBe(403);
    expect((await console_(merchant, 'GET', 'review-queue')).statusCode).toBe(403);
  });

  it("shows the platform admin every provider's queue read-only", async () => {
    const bankApp = await submittedApplication(t.app, t.prisma, merchant, 'Dongfang');
    const payApp = await submittedApplication(t.app, t.prisma, merchant, 'RuiTong');
    const ops = await login(t.app, 'ops@pos-portal.example');
    const all = (await t.app.inject({ method: 'GET', url: '/api/admin/review-queue?limit=100', headers: bearer(ops) })).json();
    const ids = all.items.map((i: { id: string }) => i.id);
    expect(ids).toEqual(expect.arrayContaining([bankApp.id, payApp.id]));
    expect((await console_(ops, 'GET', `applications/${payApp.id}`)).statusCode).toBe(200);
    expect((await console_(ops, 'POST', `applications/${payApp.id}/claim`)).statusCode).toBe(403);
    expect((await t.app.inject({ method: 'GET', url: '/api/admin/review-queue', headers: bearer(reviewer) })).statusCode).toBe(403);
  });
});
