import { expect, test } from '@playwright/test';
import { Api, applicationFields } from './support/api.js';
import { signIn, signOut } from './support/helpers.js';

/** "YYYY-MM-DD HH:mm" in Beijing time, `days` from today. */
function beijing(days: number, hour: number): string {
  const date = new Date(Date.now() + 8 * 3_600_000 + days * 86_400_000).toISOString().slice(0, 10);
  return `${date} ${String(hour).padStart(2, '0')}:00`;
}

test('installation: the merchant books, the provider dispatches, the technician installs on a phone, the terminal goes live', async ({ browser, request }) => {
  test.setTimeout(180_000);
  const api = new Api(request);
  const mobile = '13577778888';
  const registered = await request.post('/api/auth/register', { data: { loginName: mobile, password: 'PosDemo2026', displayName: '刘店主' } });
  expect(registered.ok()).toBe(true);
  const application = await api.signedApplication(mobile, '刘一手', applicationFields('刘记水果店', '91310000775785552L', '刘一手', mobile));

  // The merchant proposes two windows.
  const merchantContext = await browser.newContext();
  const merchant = await merchantContext.newPage();
  await signIn(merchant, mobile);
  await merchant.goto(`/merchant/applications/${application.id}`);
  await merchant.getByTestId('window-0-start').fill(beijing(3, 9));
  await merchant.getByTestId('window-0-end').fill(beijing(3, 12));
  await merchant.getByTestId('window-1-start').fill(beijing(4, 14));
  await merchant.getByTestId('window-1-end').fill(beijing(4, 17));
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
