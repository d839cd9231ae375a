import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { signIn, signOut } from './support/helpers.js';

const DEMO_TERMINAL = 'DF-A8-DEMO-000001';

test('inspection: a technician records a periodic inspection on a phone, with a follow-up ticket for the worn seal', async ({ browser }) => {
  test.setTimeout(90_000);
  const phone = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  const tech = await phone.newPage();
  await signIn(tech, 'tech@dongfang-bank.example');

  // The demo terminal went live 30 days before the seed, on the bank's 90-day interval: due in about 60 days.
  await tech.goto('/console/inspections?window=90');
  const card = tech.getByTestId(`due-${DEMO_TERMINAL}`);
  await expect(card).toContainText('王小明');
  await expect(card).toContainText('周期 90 天');
  await tech.getByTestId(`inspect-${DEMO_TERMINAL}`).click();
  await expect(tech.getByTestId('inspection-terminal')).toContainText(DEMO_TERMINAL);

  for (const item of ['power', 'network', 'swipe', 'insert', 'tap', 'qrScan', 'printer', 'pinPad', 'casing', 'cable', 'keypad', 'screen']) {
    await tech.getByTestId(`item-${item}`).click();
  }
  await expect(tech.getByTestId('failed-count')).toHaveText('1 项未通过');
  await tech.getByTestId('inspection-notes').fill('防拆标签破损，需更换');
  await tech.getByTestId('follow-up').click();
  const scrollWidth = await tech.evaluate(() => document.documentElement.scrollWidth);
  expect(scrollWidth).toBeLessThanOrEqual(390);
  await tech.getByTestId('submit-inspection').click();

  await expect(tech.getByTestId('inspection-result')).toHaveAttribute('data-passed', 'false');
  await expect(tech.getByTestId('follow-up-ticket')).toContainText('TK-');
  // The next inspection is one interval after today.
  const next = new Date(Date.now() + 8 * 3_600_000 + 90 * 86_400_000);
  await expect(tech.getByTestId('inspection-result')).toContainText(`${next.getUTCFullYear()}年${next.getUTCMonth() + 1}月${next.getUTCDate()}日`);
  await phone.close();
});

test('training and sign: the merchant records a cashier who passed the quiz and prints the customer reminder sign', async ({ page }) => {
  test.setTimeout(90_000);
  await signIn(page, '13800138000');
  await page.getByRole('link', { name: '安全防范' }).click();
  await expect(page.getByTestId('page-title')).toHaveText('安全防范');

  await page.getByTestId('start-OPERATING_TERMINAL').click();
  await expect(page.getByTestId('page-title')).toHaveText('收银终端操作');
  // The answers a cashier who read the module gives.
  for (const [question, answer] of [
    ['op-1', 1],
    ['op-2', 0],
    ['op-3', 2],
    ['op-4', 0],
  ] as const) {
    await page.getByTestId(`answer-${question}-${answer}`).click();
  }
  await page.getByTestId('trainee-name').fill('陈收银');
  await page.getByTestId('submit-quiz').click();
  await expect(page.getByTestId('training-passed')).toContainText('陈收银 完成了“收银终端操作”，测验成绩 4 / 4');

  await page.getByTestId('back-to-training').click();
  await expect(page.getByTestId('refresher-陈收银-OPERATING_TERMINAL')).toContainText('有效');

  await page.getByTestId('tab-sign').click();
  await page.getByText('A4', { exact: true }).click();
  const signResponse = page.waitForResponse((response) => response.url().includes('/api/prevention/reminder-sign'));
  const download = page.waitForEvent('download');
  await page.getByTestId('print-sign').click();
  const response = await signResponse;
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toBe('application/pdf');
  expect(response.url()).toContain('size=A4');
  const file = await download;
  expect(file.suggestedFilename()).toBe('请核对银行卡信息-A4.pdf');
  // The browser's copy of the download is the PDF the API sent.
  expect(readFileSync(await file.path()).subarray(0, 5).toString()).toBe('%PDF-');
  await expect(page.getByTestId('print-sign-link')).toBeVisible();
  await signOut(page);
});
