import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { type APIRequestContext, type Browser, expect, type Page, test } from '@playwright/test';
import { Api, applicationFields, bookingWindows, ProviderDesk } from './support/api.js';
import { freshCreditCode, freshMobile } from './support/unique.js';
import { choose, signIn } from './support/helpers.js';

/**
 * The README's pictures: the main screens at a fixed size (desktop 1280×800, phone 390×844), saved to
 * docs/screenshots/. Each screen is checked for what it should show before it is taken, so a picture of an
 * error page or a half-loaded screen fails the run instead of landing in the README.
 */
const DIR = fileURLToPath(new URL('../docs/screenshots/', import.meta.url));
const DESKTOP = { width: 1280, height: 800 };
const PHONE = { width: 390, height: 844 };

test.beforeAll(() => mkdirSync(DIR, { recursive: true }));

async function desktop(browser: Browser) {
  const context = await browser.newContext({ viewport: DESKTOP, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
  return { context, page: await context.newPage() };
}

async function phone(browser: Browser) {
  const context = await browser.newContext({ viewport: PHONE, isMobile: true, hasTouch: true, deviceScaleFactor: 1, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
  return { context, page: await context.newPage() };
}

/** Waits for the network, fonts and confirmation toasts to settle, then saves the viewport (no animations, no caret). */
async function shoot(page: Page, name: string) {
  await page.waitForLoadState('networkidle');
  await expect(page.locator('.ant-message-notice')).toHaveCount(0);
  await page.evaluate(() => document.fonts.ready);
  await page.screenshot({ path: `${DIR}${name}.png`, animations: 'disabled', caret: 'hide' });
}

/** A merchant of its own with an application at the bank, for the screens that need one. */
async function merchantWith(api: Api, request: APIRequestContext, shop: string) {
  const mobile = freshMobile('139');
  expect((await request.post('/api/auth/register', { data: { loginName: mobile, password: 'PosDemo2026', displayName: '吴店主' } })).ok()).toBe(true);
  return { mobile, fields: applicationFields(shop, freshCreditCode(), '吴大伟', mobile) };
}

test('screenshots: provider comparison, the application wizard, English catalog, troubleshooting on a phone', async ({ browser, request }) => {
  test.setTimeout(120_000);
  const api = new Api(request);

  // Two providers side by side.
  const { context, page } = await desktop(browser);
  await signIn(page, '13800138000');
  await page.goto('/merchant/providers');
  await page.getByTestId('provider-card-dongfang-commercial-bank').getByRole('checkbox').check();
  await page.getByTestId(/^provider-card-ruitong/).getByRole('checkbox').check();
  await page.getByTestId('compare-go').click();
  await expect(page.getByTestId('compare-table')).toContainText('D+0');
  await shoot(page, 'provider-compare');
  await context.close();

  // The wizard of a new merchant, on its last step before submitting: what they will send.
  const { mobile, fields } = await merchantWith(api, request, '吴记便利店');
  const token = await api.token(mobile);
  const providers = await api.call<{ items: { id: string; nameEn: string }[] }>(token, 'GET', '/api/providers');
  const draft = await api.call<{ id: string }>(token, 'POST', '/api/applications', { providerId: providers.items.find((p) => p.nameEn.startsWith('Dongfang'))!.id });
  await api.call(token, 'PATCH', `/api/applications/${draft.id}`, fields);
  const wizard = await desktop(browser);
  await signIn(wizard.page, mobile);
  await wizard.page.goto(`/merchant/applications/${draft.id}`);
  await expect(wizard.page.getByTestId('wizard-step-business')).toBeVisible();
  await expect(wizard.page.locator('#application_businessName')).toHaveValue('吴记便利店');
  await shoot(wizard.page, 'application-wizard');
  await wizard.context.close();

  // The public catalog in English.
  const english = await desktop(browser);
  await english.page.goto('/providers');
  await english.page.getByTestId('language-switch').click();
  await expect(english.page.getByTestId('page-title')).toHaveText('Choose a provider');
  await expect(english.page.getByTestId('provider-card-dongfang-commercial-bank')).toContainText('Dongfang Commercial Bank');
  await shoot(english.page, 'providers-en');
  await english.context.close();

  // A PIN error at the till: the first troubleshooting step on the merchant's phone.
  const till = await phone(browser);
  await signIn(till.page, '13800138000');
  await till.page.goto('/merchant/troubleshoot');
  await till.page.getByTestId('ts-category-PIN_ERROR').click();
  await choose(till.page, 'troubleshoot_responseCode', '55 密码错误');
  await till.page.getByTestId('ts-start').click();
  await expect(till.page.getByTestId('ts-step-title')).toHaveText('仔细重新输入密码');
  await shoot(till.page, 'troubleshooting-phone');
  await till.context.close();
});

test('screenshots: the merchant home, the review queue and an application under review, notifications, the merchant signing the agreement', async ({ browser, request }) => {
  test.setTimeout(120_000);
  const api = new Api(request);
  const { mobile, fields } = await merchantWith(api, request, '吴记水果行');
  const application = await api.submittedApplication(mobile, fields);

  // The merchant's home: their application, its status and when to expect a decision.
  const home = await desktop(browser);
  await signIn(home.page, mobile);
  await expect(home.page.getByTestId(`application-row-${application.reference}`)).toContainText('吴记水果行');
  await expect(home.page.getByTestId('application-status')).toHaveText('已提交');
  await shoot(home.page, 'merchant-home');
  await home.context.close();

  const { context, page } = await desktop(browser);
  await signIn(page, 'reviewer@dongfang-bank.example');
  await page.goto('/console/review-queue');
  await expect(page.getByTestId(`queue-row-${application.reference}`)).toContainText('吴记水果行');
  await shoot(page, 'review-queue');
  await page.getByTestId(`queue-link-${application.reference}`).click();
  await page.getByTestId('claim').click();
  await expect(page.getByTestId('claimed-by')).toContainText('李审核');
  await page.getByTestId('accept-BUSINESS_LICENCE').click();
  await expect(page.getByTestId('accept-BUSINESS_LICENCE')).toBeDisabled();
  await shoot(page, 'review-detail');

  // Notifications: the bell's panel of the reviewer.
  await page.getByTestId('notification-bell').click();
  await expect(page.getByTestId('notification-panel')).toBeVisible();
  await expect(page.getByTestId('notification-item').first()).toBeVisible();
  await shoot(page, 'notifications');
  await context.close();

  // Approved: the merchant reads the frozen fees and signs.
  await new ProviderDesk(api).approve(application.id);
  const merchant = await desktop(browser);
  await signIn(merchant.page, mobile);
  await merchant.page.goto(`/merchant/applications/${application.id}`);
  await merchant.page.getByTestId('open-agreement').click();
  await expect(merchant.page.getByTestId('fee-line-DEBIT_CARD')).toContainText('0.50%');
  for (const key of ['DEBIT_CARD', 'CREDIT_CARD']) await merchant.page.getByTestId(`fee-ack-${key}`).check();
  await merchant.page.getByTestId('signed-name').fill('吴大伟');
  await shoot(merchant.page, 'agreement-signing');
  await merchant.context.close();
});

test('screenshots: dispatching an installation, the technician\'s job on a phone, the ticket desk, analytics', async ({ browser, request }) => {
  test.setTimeout(120_000);
  const api = new Api(request);
  const { mobile, fields } = await merchantWith(api, request, '吴记面包房');
  const application = await api.signedApplication(mobile, '吴大伟', fields);
  const merchant = await api.token(mobile);
  const installation = await api.call<{ id: string }>(merchant, 'POST', `/api/applications/${application.id}/installation`, {
    windows: bookingWindows().map((w) => ({ start: w.startIso, end: w.endIso })),
  });

  const { context, page } = await desktop(browser);
  await signIn(page, 'support@dongfang-bank.example');
  await page.goto('/console/installations');
  await page.getByTestId(`arrange-${application.reference}`).click();
  await page.getByTestId('technician-select').click();
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasText: '钱师傅' }).click();
  await page.getByTestId('window-choice-0').click();
  await expect(page.getByTestId('dispatch-drawer')).toContainText('吴记面包房');
  await shoot(page, 'installation-dispatch');
  await page.getByTestId('confirm-submit').click();
  await expect(page.getByTestId('drawer-installation-status')).toHaveAttribute('data-status', 'CONFIRMED');

  // The ticket desk, with a ticket from the demo merchant at the top.
  const demo = await api.token('13800138000');
  const terminals = await api.call<{ items: { id: string; serialNumber: string }[] }>(demo, 'GET', '/api/terminals');
  await api.call(demo, 'POST', '/api/tickets', {
    terminalId: terminals.items[0]!.id,
    category: 'SYSTEM_FAULT',
    subject: '刷卡没有反应，插卡可以',
    description: '今天上午开始磁条卡刷卡没有反应，芯片卡插卡正常。',
  });
  await page.goto('/console/tickets');
  await expect(page.getByTestId('desk-queue')).toContainText('刷卡没有反应，插卡可以');
  await shoot(page, 'ticket-desk');
  await context.close();

  // The provider admin's dashboard.
  const dashboard = await desktop(browser);
  await signIn(dashboard.page, 'admin@dongfang-bank.example');
  await dashboard.page.goto('/console/analytics');
  await expect(dashboard.page.getByTestId('page-title')).toHaveText('数据分析');
  await expect(dashboard.page.getByTestId('analytics-range')).toBeVisible();
  await expect(dashboard.page.locator('canvas').first()).toBeVisible();
  await shoot(dashboard.page, 'analytics');
  await dashboard.context.close();

  // The technician's job on a phone, on site with the terminal recorded.
  const job = await phone(browser);
  await signIn(job.page, 'tech@dongfang-bank.example');
  await job.page.getByTestId(`open-job-${application.reference}`).click();
  await job.page.getByTestId('arrive').click();
  await job.page.getByTestId('serial-number').fill(`LD-A8-SHOT-${mobile.slice(-6)}`);
  await job.page.getByTestId('terminal-model').click();
  await job.page.locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasText: '联迪 A8' }).click();
  await job.page.getByTestId('add-terminal').click();
  await expect(job.page.getByTestId(`remove-terminal-LD-A8-SHOT-${mobile.slice(-6)}`)).toBeVisible();
  await job.page.evaluate(() => window.scrollTo(0, 0));
  await shoot(job.page, 'technician-job-phone');
  await job.context.close();
  expect(installation.id).toBeTruthy();
});
