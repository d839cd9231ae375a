import { DEFAULT_TROUBLESHOOTING_TREES, FaultCategory, NOT_SOLVED_ANSWER, SOLVED_ANSWER, type TroubleshootingSessionView } from '@pos/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { login, type Session } from '../support/http.js';
import { createTestApp, type TestApp } from '../support/test-app.js';
import { caller, liveTerminal } from './support.js';

let t: TestApp;
let call: ReturnType<typeof caller>;
let merchant: Session;
let otherMerchant: Session;
let support: Session;
let platformAdmin: Session;
let terminalId: string;

async function start(category: string, responseCode?: string): Promise<TroubleshootingSessionView> {
  const response = await call(merchant, 'POST', '/api/troubleshooting/sessions', { terminalId, category, ...(responseCode ? { responseCode } : {}) });
  expect(response.statusCode, response.body).toBe(201);
  return response.json();
}

async function answer(session: TroubleshootingSessionView, value: string): Promise<TroubleshootingSessionView> {
  const response = await call(merchant, 'POST', `/api/troubleshooting/sessions/${session.id}/answers`, { stepId: session.currentStep!.id, answer: value });
  expect(response.statusCode, response.body).toBe(200);
  return response.json();
}

/** Walks a tree "not solved" all the way, taking the first answer of each question. */
async function walkToTheEnd(session: TroubleshootingSessionView): Promise<TroubleshootingSessionView> {
  let current = session;
  while (current.currentStep) current = await answer(current, current.currentStep.answers ? current.currentStep.answers[0]!.id : NOT_SOLVED_ANSWER);
  return current;
}

beforeAll(async () => {
  t = await createTestApp();
  call = caller(t.app);
  merchant = await login(t.app, '13800138000');
  await t.app.inject({ method: 'POST', url: '/api/auth/register', payload: { loginName: '13955556666', password: 'Othershop2026', displayName: '周老板' } });
  otherMerchant = await login(t.app, '13955556666', 'Othershop2026');
  support = await login(t.app, 'support@dongfang-bank.example');
  platformAdmin = await login(t.app, 'ops@pos-portal.example');
  terminalId = await liveTerminal(t.prisma, merchant.user.id);
});
afterAll(async () => t?.close());

describe('walking a tree', () => {
  it.each(Object.values(FaultCategory))('%s: "solved" at the first step is a self-service resolution', async (category) => {
    const session = await start(category);
    expect(session.currentStep!.id).toBe(DEFAULT_TROUBLESHOOTING_TREES[category].entryStepId);
    const solved = await answer(session, SOLVED_ANSWER);
    expect(solved).toMatchObject({ outcome: 'SELF_RESOLVED', currentStep: null, canOpenTicket: false });
    expect(solved.steps).toEqual([expect.objectContaining({ stepId: session.currentStep!.id, answer: SOLVED_ANSWER })]);
    expect((await call(merchant, 'POST', `/api/troubleshooting/sessions/${session.id}/ticket`, {})).statusCode).toBe(409);
  });

  it.each(Object.values(FaultCategory))('%s: an unsolved walk opens a ticket that carries every step tried', async (category) => {
    const ended = await walkToTheEnd(await start(category));
    expect(ended).toMatchObject({ outcome: 'IN_PROGRESS', currentStep: null, canOpenTicket: true });
    const response = await call(merchant, 'POST', `/api/troubleshooting/sessions/${ended.id}/ticket`, { description: '还是不行' });
    expect(response.statusCode, response.body).toBe(201);
    const ticket = response.json();
    expect(ticket).toMatchObject({ category, status: 'OPEN', description: '还是不行', terminal: { id: terminalId } });
    expect(ticket.troubleshooting.steps.map((s: { stepId: string }) => s.stepId)).toEqual(ended.steps.map((s) => s.stepId));
    expect(ticket.troubleshooting.outcome).toBe('ESCALATED');
    // Support sees the same steps on the desk.
    const desk = (await call(support, 'GET', `/api/console/tickets/${ticket.id}`)).json();
    expect(desk.troubleshooting.steps).toHaveLength(ended.steps.length);
    expect((await call(merchant, 'GET', `/api/troubleshooting/sessions/${ended.id}`)).json().ticket).toMatchObject({ id: ticket.id });
    expect((await call(merchant, 'POST', `/api/troubleshooting/sessions/${ended.id}/ticket`, {})).statusCode).toBe(409);
  });

  it('starts where the response code says: 75 goes straight to the locked PIN', async () => {
    const session = await start('PIN_ERROR', '75');
    expect(session.currentStep).toMatchObject({ id: 'pin-locked', actor: 'CARDHOLDER', title: { zh: '密码已锁定' } });
    const ended = await walkToTheEnd(session);
    const ticket = (await call(merchant, 'POST', `/api/troubleshooting/sessions/${ended.id}/ticket`, {})).json();
    expect(ticket).toMatchObject({ responseCode: '75', subject: expect.stringContaining('密码错误（应答码 75）') });
  });

  it('branches on a question’s answer', async () => {
    const session = await start('CARD_EXPIRED', '54');
    const expired = await answer(session, 'expired');
    expect(expired.currentStep!.id).toBe('renew-card');
    const other = await answer(await start('CARD_EXPIRED'), 'not-expired');
    expect(other.currentStep!.id).toBe('check-terminal-date');
  });

  it('refuses a stale step, an answer the step does not have, and bad bodies', async () => {
    const session = await start('PIN_ERROR');
    await answer(session, NOT_SOLVED_ANSWER);
    const stale = await call(merchant, 'POST', `/api/troubleshooting/sessions/${session.id}/answers`, { stepId: session.currentStep!.id, answer: NOT_SOLVED_ANSWER });
    expect(stale.statusCode).toBe(409);
    const fresh = (await call(merchant, 'GET', `/api/troubleshooting/sessions/${session.id}`)).json();
    const invalid = await call(merchant, 'POST', `/api/troubleshooting/sessions/${session.id}/answers`, { stepId: fresh.currentStep.id, answer: 'maybe' });
    expect(invalid.statusCode).toBe(400);
    expect(invalid.json().details.fields[0]).toMatchObject({ field: 'answer' });
    const bad = await call(merchant, 'POST', '/api/troubleshooting/sessions', { terminalId: 'nope', category: 'PIN', responseCode: '00' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().details.fields.map((f: { field: string }) => f.field).sort()).toEqual(['category', 'responseCode', 'terminalId']);
  });

  it('keeps sessions to their merchant', async () => {
    const session = await start('PRINTER');
    expect((await call(otherMerchant, 'GET', `/api/troubleshooting/sessions/${session.id}`)).statusCode).toBe(404);
    expect((await call(otherMerchant, 'POST', `/api/troubleshooting/sessions/${session.id}/answers`, { stepId: 'check-paper', answer: SOLVED_ANSWER })).statusCode).toBe(404);
    expect((await call(otherMerchant, 'POST', '/api/troubleshooting/sessions', { terminalId, category: 'PRINTER' })).statusCode).toBe(400);
    expect((await call(support, 'POST', '/api/troubleshooting/sessions', { terminalId, category: 'PRINTER' })).statusCode).toBe(403);
    expect((await call(undefined, 'GET', `/api/troubleshooting/sessions/${session.id}`)).statusCode).toBe(401);
  });
});

describe('editing trees', () => {
  it('saves a checked new version; sessions keep the version they started on', async () => {
    const before = await start('OTHER');
    const current = (await call(platformAdmin, 'GET', '/api/admin/troubleshooting-trees')).json();
    expect(current).toHaveLength(Object.values(FaultCategory).length);
    const other = current.find((tree: { category: string }) => tree.category === 'OTHER');

    const looping = structuredClone(other.definition);
    looping.steps[1].next = 'restart-terminal';
    const refused = await call(platformAdmin, 'PUT', '/api/admin/troubleshooting-trees/OTHER', { definition: looping });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().details.fields[0]).toMatchObject({ field: 'definition.steps', code: 'cycle', message: expect.any(String) });

    const edited = structuredClone(other.definition);
    edited.steps.unshift({ id: 'describe', actor: 'CASHIER', title: { zh: '记录现象', en: 'Note what happens' }, instruction: { zh: '拍下屏幕提示', en: 'Photograph the screen' }, next: 'restart-terminal' });
    edited.entryStepId = 'describe';
    const saved = await call(platformAdmin, 'PUT', '/api/admin/troubleshooting-trees/OTHER', { definition: edited });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json()).toMatchObject({ category: 'OTHER', version: other.version + 1 });

    expect((await start('OTHER')).currentStep!.id).toBe('describe');
    const old = (await call(merchant, 'GET', `/api/troubleshooting/sessions/${before.id}`)).json();
    expect(old).toMatchObject({ treeVersion: other.version, currentStep: { id: 'restart-terminal' } });
    const versions = (await call(platformAdmin, 'GET', '/api/admin/troubleshooting-trees/OTHER/versions')).json();
    expect(versions.versions[0]).toMatchObject({ version: other.version + 1, createdBy: { id: platformAdmin.user.id } });
  });

  it('is for the platform admin only', async () => {
    expect((await call(support, 'GET', '/api/admin/troubleshooting-trees')).statusCode).toBe(403);
    expect((await call(merchant, 'PUT', '/api/admin/troubleshooting-trees/OTHER', { definition: {} })).statusCode).toBe(403);
    expect((await call(platformAdmin, 'PUT', '/api/admin/troubleshooting-trees/COFFEE', { definition: {} })).statusCode).toBe(400);
    expect((await call(platformAdmin, 'PUT', '/api/admin/troubleshooting-trees/OTHER', { definition: 'tree' })).statusCode).toBe(400);
    expect((await call(platformAdmin, 'PUT', '/api/admin/troubleshooting-trees/OTHER', { definition: { steps: 'x' } })).statusCode).toBe(400);
  });
});
