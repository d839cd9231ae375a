import { expect, test } from '@playwright/test';
import { Api, applicationFields, bookingWindows } from './support/api.js';
import { freshCreditCode, freshMobile } from './support/unique.js';
import { signIn, signOut } from './support/helpers.js';

test('installation: the merchant books, the provider dispatches, the technician installs on a phone, the terminal goes live', async ({ browser, request }) => {
  test.setTimeout(180_000);
  const api = new Api(request);
  const mobile = freshMobile('135');
  const registered = await request.post('/api/auth/register', { data: { loginName: mobile, password: 'PosDemo2026', displayName: '刘店主' } });
  expect(registered.ok()).toBe(true);
  const application = await api.signedApplication(mobile, '刘一手', applicationFields('刘记水果店', freshCreditCode(), '刘一手', mobile));

  // The merchant proposes two windows.
  const merchantContext = await browser.newContext();
  const merchant = await merchantContext.newPage();
  await signIn(merchant, mobile);
  await merchant.goto(`/merchant/applications/${application.id}`);
  for (const [index, window] of bookingWindows().entries()) {
    await merchant.getByTestId(`window-${index}-start`).fill(window.start);
    await merchant.getByTestId(`window-${index}-end`).fill(window.end);
  }
  await merchant.getByTestId('book-submit').click();
  await expect(merchant.getByTestId('installation-status')).toHaveAttribute('data-status', 'PROPOSED');

  // Support dispatches the technician for the second window.
  const desk = await browser.newPage();
  await signIn(desk, 'support@dongfang-bank.example');
  await desk.goto('/console/installations');
  await desk.getByTestId(`arrange-${application.reference}`).click();
  await desk.getByTestId('technician-select').click();
  await desk.locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasText: '钱师傅' }).click();
  await desk.getByTestId('window-choice-1').click();
  await desk.getByTestId('confirm-submit').click();
  await expect(desk.getByTestId('drawer-installation-status')).toHaveAttribute('data-status', 'CONFIRMED');

  // The technician works the job on a phone.
  const phone = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  const tech = await phone.newPage();
  await signIn(tech, 'tech@dongfang-bank.example');
  await expect(tech.getByTestId(`job-card-${application.reference}`)).toContainText('刘记水果店');
  await tech.getByTestId(`open-job-${application.reference}`).click();
  await tech.getByTestId('arrive').click();
  await tech.getByTestId('serial-number').fill('LD-A8-E2E-0001');
  await tech.getByTestId('terminal-model').click();
  await tech.locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasText: '联迪 A8' }).click();
  await tech.getByTestId('add-terminal').click();
  await expect(tech.getByTestId('remove-terminal-LD-A8-E2E-0001')).toBeVisible();

  // A failed check blocks completion and says which.
  for (const item of ['power', 'network', 'swipe', 'insert', 'qrScan', 'printer', 'pinPad']) await tech.getByTestId(`check-${item}`).click();
  await tech.getByTestId('test-amount').fill('0.01');
  await tech.getByTestId('test-receipt').click();
  await tech.getByTestId('complete-installation').click();
  await expect(tech.getByTestId('completion-failures')).toBeVisible();
  await tech.getByTestId('check-tap').click();
  await tech.getByTestId('complete-installation').click();
  await expect(tech.getByTestId('installation-status')).toHaveAttribute('data-status', 'TESTED');
  const scrollWidth = await tech.evaluate(() => document.documentElement.scrollWidth);
  expect(scrollWidth).toBeLessThanOrEqual(390);

  // The merchant confirms and sees the terminal live.
  await merchant.reload();
  await merchant.getByTestId('confirm-installation').click();
  await merchant.getByTestId('accept-installation').click();
  await expect(merchant.getByTestId('installation-status')).toHaveAttribute('data-status', 'ACCEPTED');
  await merchant.goto('/merchant/terminals');
  await expect(merchant.getByTestId('terminal-LD-A8-E2E-0001')).toContainText('联迪 A8');
  await expect(merchant.getByTestId('terminal-LD-A8-E2E-0001')).toContainText('已启用');
  await signOut(merchant);
  await merchantContext.close();
  await phone.close();
});
