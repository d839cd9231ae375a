import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TrainingService } from '../../src/modules/prevention/training.service.js';
import { login, type Session } from '../support/http.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

let t: TestApp;
let merchant: Session;
const DAY = 86_400_000;
const daysAgo = (days: number) => new Date(new Date(Date.now() - days * DAY).toISOString().slice(0, 10));

beforeAll(async () => {
  t = await createTestApp();
  merchant = await login(t.app, '13800138000');
});
afterAll(async () => t?.close());

describe('refresher training reminders', () => {
  it('tell the merchant once per completion when a cashier is due, by the merchant’s own interval', async () => {
    const training = t.app.get(TrainingService);
    await t.prisma.trainingRecord.create({ data: { merchantId: merchant.user.id, traineeName: '张收银', module: 'HANDLING_PIN_ERRORS', trainedOn: daysAgo(400), quizScore: 4, quizTotal: 4 } });
    await t.prisma.trainingRecord.create({ data: { merchantId: merchant.user.id, traineeName: '李收银', module: 'HANDLING_PIN_ERRORS', trainedOn: daysAgo(10), quizScore: 3, quizTotal: 4 } });
    // An older completion superseded by a recent one is not due.
    await t.prisma.trainingRecord.create({ data: { merchantId: merchant.user.id, traineeName: '李收银', module: 'CHECKING_CARDS', trainedOn: daysAgo(500), quizScore: 3, quizTotal: 4 } });
    await t.prisma.trainingRecord.create({ data: { merchantId: merchant.user.id, traineeName: '李收银', module: 'CHECKING_CARDS', trainedOn: daysAgo(5), quizScore: 4, quizTotal: 4 } });

    expect(await training.sendRefresherReminders()).toBe(1);
    const notes = await t.prisma.notification.findMany({ where: { userId: merchant.user.id, type: 'training.due' } });
    expect(notes.map((n) => n.data)).toEqual([expect.objectContaining({ traineeName: '张收银', module: 'HANDLING_PIN_ERRORS' })]);
    expect(await training.sendRefresherReminders()).toBe(0);

    // A shorter interval makes 李收银 due as well.
    await t.prisma.merchantPreventionSettings.upsert({ where: { merchantId: merchant.user.id }, create: { merchantId: merchant.user.id, trainingRefresherDays: 7 }, update: { trainingRefresherDays: 7 } });
    expect(await training.sendRefresherReminders()).toBe(1);
    expect(await t.prisma.notification.count({ where: { userId: merchant.user.id, type: 'training.due' } })).toBe(2);
  });
});
