import { addDays, beijingDate, ErrorCode, TRAINING_MODULES, type TrainingModuleView, type TrainingOverviewResponse } from '@pos/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { login, type Session } from '../support/http.js';
import { createTestApp, type TestApp } from '../support/test-app.js';
import { caller } from '../tickets/support.js';

let t: TestApp;
let call: ReturnType<typeof caller>;
let merchant: Session;
let otherMerchant: Session;
let support: Session;

/** The answer key, as only the server (and these tests) know it. */
const rightAnswers = (module: string) => TRAINING_MODULES.find((m) => m.module === module)!.questions.map((q) => q.answer);
const wrongAnswers = (module: string) => TRAINING_MODULES.find((m) => m.module === module)!.questions.map((q) => (q.answer + 1) % q.options.length);
const today = () => beijingDate();

beforeAll(async () => {
  t = await createTestApp();
  call = caller(t.app);
  merchant = await login(t.app, '13800138000');
  await t.app.inject({ method: 'POST', url: '/api/auth/register', payload: { loginName: '13966667777', password: 'Othershop2026', displayName: '吴老板' } });
  otherMerchant = await login(t.app, '13966667777', 'Othershop2026');
  support = await login(t.app, 'support@dongfang-bank.example');
});
afterAll(async () => t?.close());

const del = (session: Session | undefined, url: string) => t.app.inject({ method: 'DELETE', url, headers: session ? { authorization: `Bearer ${session.accessToken}` } : {} });

describe('training modules', () => {
  it('serves the three modules in both languages without the answer key', async () => {
    const response = await call(merchant, 'GET', '/api/prevention/training/modules');
    expect(response.statusCode).toBe(200);
    const items: TrainingModuleView[] = response.json().items;
    expect(items.map((m) => m.module)).toEqual(['OPERATING_TERMINAL', 'CHECKING_CARDS', 'HANDLING_PIN_ERRORS']);
    expect(response.body).not.toContain('"answer"');
    expect(items[0]).toMatchObject({ title: { zh: '收银终端操作', en: 'Operating the terminal' }, passMark: 3 });
    const one = await call(merchant, 'GET', '/api/prevention/training/modules/CHECKING_CARDS');
    expect(one.json().questions).toHaveLength(4);
    expect((await call(merchant, 'GET', '/api/prevention/training/modules/COOKING')).statusCode).toBe(404);
    expect((await call(undefined, 'GET', '/api/prevention/training/modules')).statusCode).toBe(401);
    expect((await call(support, 'GET', '/api/prevention/training/modules')).statusCode).toBe(403);
  });
});

describe('recording training', () => {
  it('records 50 identical simultaneous submissions (a double click, a retry) once, answering each with that record', async () => {
    const body = { module: 'HANDLING_PIN_ERRORS', traineeName: '双击收银', trainedOn: today(), answers: rightAnswers('HANDLING_PIN_ERRORS') };
    const responses = await Promise.all(Array.from({ length: 50 }, () => call(merchant, 'POST', '/api/prevention/training/records', body)));
    expect(responses.map((r) => r.statusCode)).toEqual(Array(50).fill(201));
    expect(new Set(responses.map((r) => r.json().id)).size).toBe(1);
    expect(await t.prisma.trainingRecord.count({ where: { traineeName: '双击收银' } })).toBe(1);

    // The same cashier and module on another day is another record.
    const earlier = await call(merchant, 'POST', '/api/prevention/training/records', { ...body, trainedOn: addDays(today(), -1) });
    expect(earlier.statusCode).toBe(201);
    expect(await t.prisma.trainingRecord.count({ where: { traineeName: '双击收银' } })).toBe(2);
  });

  it('records a cashier who passed the quiz, with the score', async () => {
    const response = await call(merchant, 'POST', '/api/prevention/training/records', {
      module: 'OPERATING_TERMINAL',
      traineeName: ' 李收银 ',
      trainedOn: today(),
      trainerName: '王小明',
      answers: rightAnswers('OPERATING_TERMINAL'),
    });
    expect(response.statusCode, response.body).toBe(201);
    expect(response.json()).toMatchObject({ module: 'OPERATING_TERMINAL', traineeName: '李收银', trainedOn: today(), trainerName: '王小明', quizScore: 4, quizTotal: 4 });

    // One wrong answer is still a pass (3 of 4).
    const oneWrong = rightAnswers('CHECKING_CARDS').map((a, i) => (i === 0 ? (a + 1) % 3 : a));
    const passed = await call(merchant, 'POST', '/api/prevention/training/records', { module: 'CHECKING_CARDS', traineeName: '李收银', trainedOn: today(), answers: oneWrong });
    expect(passed.json()).toMatchObject({ quizScore: 3, quizTotal: 4 });
  });

  it('refuses a failed quiz with 422 and the questions to review, and writes no record', async () => {
    const before = await t.prisma.trainingRecord.count();
    const response = await call(merchant, 'POST', '/api/prevention/training/records', { module: 'HANDLING_PIN_ERRORS', traineeName: '张收银', trainedOn: today(), answers: wrongAnswers('HANDLING_PIN_ERRORS') });
    expect(response.statusCode).toBe(422);
    expect(response.json()).toMatchObject({ code: ErrorCode.QUIZ_NOT_PASSED, details: { score: 0, total: 4, passMark: 3, wrongQuestionIds: ['pin-1', 'pin-2', 'pin-3', 'pin-4'] } });
    expect(response.json().message).toContain('0 / 4');
    const english = await t.app.inject({
      method: 'POST',
      url: '/api/prevention/training/records',
      headers: { authorization: `Bearer ${merchant.accessToken}`, 'accept-language': 'en' },
      payload: { module: 'HANDLING_PIN_ERRORS', traineeName: '张收银', trainedOn: today(), answers: wrongAnswers('HANDLING_PIN_ERRORS') },
    });
    expect(english.json().message).toContain('0 of 4 correct');
    expect(await t.prisma.trainingRecord.count()).toBe(before);
  });

  it('refuses bad bodies with field errors, never 500', async () => {
    const before = await t.prisma.trainingRecord.count();
    const cases: [unknown, string[]][] = [
      [{ module: 'COOKING', traineeName: '', trainedOn: '2026-02-30', answers: 'a' }, ['module', 'traineeName', 'answers']],
      [{ module: 'CHECKING_CARDS', traineeName: '李', trainedOn: '2026-02-30', answers: rightAnswers('CHECKING_CARDS') }, ['trainedOn']],
      [{ module: 'CHECKING_CARDS', traineeName: '李', trainedOn: addDays(today(), 2), answers: rightAnswers('CHECKING_CARDS') }, ['trainedOn']],
      [{ module: 'CHECKING_CARDS', traineeName: '李', trainedOn: today(), answers: [0, 1] }, ['answers']],
      [{ module: 'CHECKING_CARDS', traineeName: '李', trainedOn: today(), answers: [0, 1, -1, 99] }, ['answers']],
      [{ module: 'CHECKING_CARDS', traineeName: 'x'.repeat(51), trainedOn: 'yesterday', answers: [] }, ['traineeName', 'trainedOn']],
    ];
    for (const [body, fields] of cases) {
      const response = await call(merchant, 'POST', '/api/prevention/training/records', body);
      expect(response.statusCode, JSON.stringify(body)).toBe(400);
      expect(response.json().details.fields.map((f: { field: string }) => f.field), JSON.stringify(body)).toEqual(expect.arrayContaining(fields));
    }
    const future = await call(merchant, 'POST', '/api/prevention/training/records', { module: 'CHECKING_CARDS', traineeName: '李', trainedOn: addDays(today(), 2), answers: rightAnswers('CHECKING_CARDS') });
    expect(future.json().details.fields).toMatchObject([{ field: 'trainedOn', code: 'dateInFuture' }]);
    for (const body of [null, [], 'x', { module: 'CHECKING_CARDS', traineeName: '李', trainedOn: today(), answers: rightAnswers('CHECKING_CARDS'), extra: true }]) {
      expect((await call(merchant, 'POST', '/api/prevention/training/records', body)).statusCode, JSON.stringify(body)).toBe(400);
    }
    expect(await t.prisma.trainingRecord.count()).toBe(before);
  });

  it('needs the merchant: 401 and 403', async () => {
    expect((await call(undefined, 'POST', '/api/prevention/training/records', {})).statusCode).toBe(401);
    expect((await call(support, 'POST', '/api/prevention/training/records', {})).statusCode).toBe(403);
    expect((await call(undefined, 'GET', '/api/prevention/training/records')).statusCode).toBe(401);
    expect((await call(support, 'GET', '/api/prevention/training/records')).statusCode).toBe(403);
  });
});

describe('refresher training', () => {
  it('lists each cashier’s latest completion per module, the due ones first, by the merchant’s refresher interval', async () => {
    const old = await t.prisma.trainingRecord.create({
      data: { merchantId: merchant.user.id, traineeName: '赵收银', module: 'CHECKING_CARDS', trainedOn: new Date(`${addDays(today(), -400)}T00:00:00Z`), quizScore: 4, quizTotal: 4 },
    });
    const overview: TrainingOverviewResponse = (await call(merchant, 'GET', '/api/prevention/training/records')).json();
    expect(overview.refresherDays).toBe(365);
    expect(overview.refreshers[0]).toMatchObject({ traineeName: '赵收银', module: 'CHECKING_CARDS', state: 'DUE', refresherDueOn: addDays(today(), -35) });
    expect(overview.refreshers.find((r) => r.traineeName === '李收银' && r.module === 'OPERATING_TERMINAL')).toMatchObject({ state: 'CURRENT', refresherDueOn: addDays(today(), 365) });
    expect(overview.records.map((r) => r.id)).toContain(old.id);

    // The merchant shortens the interval; everything trained today is due in 30 days, "due soon".
    const saved = await call(merchant, 'PUT', '/api/prevention/settings', { trainingRefresherDays: 30 });
    expect(saved.json()).toEqual({ trainingRefresherDays: 30 });
    expect((await call(merchant, 'GET', '/api/prevention/settings')).json()).toEqual({ trainingRefresherDays: 30 });
    const shorter: TrainingOverviewResponse = (await call(merchant, 'GET', '/api/prevention/training/records')).json();
    expect(shorter.refreshers.find((r) => r.traineeName === '李收银' && r.module === 'OPERATING_TERMINAL')).toMatchObject({ state: 'DUE_SOON', refresherDueOn: addDays(today(), 30) });

    // Another merchant sees none of it, and keeps the default interval.
    const other: TrainingOverviewResponse = (await call(otherMerchant, 'GET', '/api/prevention/training/records')).json();
    expect(other).toMatchObject({ records: [], refreshers: [], refresherDays: 365 });
  });

  it('settings: bad values are 400 with fields; 401 and 403', async () => {
    for (const body of [{ trainingRefresherDays: 5 }, { trainingRefresherDays: 5000 }, { trainingRefresherDays: 'year' }, {}, { trainingRefresherDays: 90, x: 1 }]) {
      const response = await call(merchant, 'PUT', '/api/prevention/settings', body);
      expect(response.statusCode, JSON.stringify(body)).toBe(400);
    }
    expect((await call(merchant, 'PUT', '/api/prevention/settings', { trainingRefresherDays: 5 })).json().details.fields).toMatchObject([{ field: 'trainingRefresherDays', code: 'min' }]);
    expect((await call(undefined, 'PUT', '/api/prevention/settings', { trainingRefresherDays: 90 })).statusCode).toBe(401);
    expect((await call(support, 'GET', '/api/prevention/settings')).statusCode).toBe(403);
  });

  it('deletes a record of one’s own; another merchant’s record is 404', async () => {
    const mine = (await call(merchant, 'GET', '/api/prevention/training/records')).json().records[0].id;
    expect((await del(otherMerchant, `/api/prevention/training/records/${mine}`)).statusCode).toBe(404);
    expect((await del(support, `/api/prevention/training/records/${mine}`)).statusCode).toBe(403);
    expect((await del(undefined, `/api/prevention/training/records/${mine}`)).statusCode).toBe(401);
    expect((await del(merchant, '/api/prevention/training/records/not-a-uuid')).statusCode).toBe(404);
    expect((await del(merchant, `/api/prevention/training/records/${mine}`)).statusCode).toBe(204);
    expect((await del(merchant, `/api/prevention/training/records/${mine}`)).statusCode).toBe(404);
  });
});
