import AxeBuilder from '@axe-core/playwright';
import { type Browser, type BrowserContextOptions, expect, type Page, test } from '@playwright/test';
import { Api, applicationFields } from './support/api.js';
import { signIn } from './support/helpers.js';
import { freshCreditCode, freshMobile } from './support/unique.js';

/**
 * Issue #10: an accessibility pass with axe-core over the main pages of every role. A page passes when axe finds no
 * violation of impact "serious" or "critical" against WCAG 2.0/2.1 A and AA.
 */

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const BLOCKING = new Set(['serious', 'critical']);
const MERCHANT = '13800138000';
const REVIEWER = 'reviewer@dongfang-bank.example';
const SUPPORT = 'support@dongfang-bank.example';
const TECHNICIAN = 'tech@dongfang-bank.example';
const PROVIDER_ADMIN = 'admin@dongfang-bank.example';
const PLATFORM_ADMIN = 'ops@pos-portal.example';
const PHONE: BrowserContextOptions = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };

interface Finding {
  page: string;
  rule: string;
  impact: string;
  help: string;
  targets: string[];
}

/** Collects the blocking violations of every page a test visits and reports them all at the end, readably. */
class Audit {
  private readonly findings: Finding[] = [];

  /** Waits until the page has settled (data loaded, spinners gone, animations over), then runs axe on it. */
  async check(page: Page, name: string) {
    // Hover styles are not what the page looks like: move the pointer off whatever was clicked last.
    await page.mouse.move(0, 0);
    await page.waitForLoadState('networkidle');
    await expect(page.locator('.ant-spin-spinning, .ant-skeleton-active')).toHaveCount(0);
    await page.waitForTimeout(400);
    const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
    for (const violation of results.violations) {
      if (!violation.impact || !BLOCKING.has(violation.impact)) continue;
      this.findings.push({
        page: name,
        rule: violation.id,
        impact: violation.impact,
        help: violation.help,
        targets: violation.nodes.map((node) => {
          // The first reason axe gives, e.g. the two colours and their contrast ratio.
          const reason = [...node.any, ...node.all, ...node.none].find((check) => check.message)?.message;
          return reason ? `${node.target.join(' ')} — ${reason}` : node.target.join(' ');
        }),
      });
    }
  }

  expectClean() {
    const summary = this.findings
      .map((f) => `[${f.impact}] ${f.rule} on ${f.page}: ${f.help}\n${f.targets.map((t) => `    ${t}`).join('\n')}`)
      .join('\n');
    expect(this.findings.length, `serious or critical accessibility violations:\n${summary}`).toBe(0);
  }
}

async function signedInPage(browser: Browser, loginName: string, options: BrowserContextOptions = {}) {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  await signIn(page, loginName);
  return { context, page };
}

/** Opens `path` (signed in: inside the app shell) and audits it once it has loaded. */
async function visit(page: Page, audit: Audit, path: string, name = path) {
  await page.goto(path);
  if (!path.startsWith('/providers')) await expect(page.getByTestId('current-user')).toBeVisible();
  await audit.check(page, name);
}

test('accessibility: public pages (login, register, provider list and compare)', async ({ page }) => {
  const audit = new Audit();
  await page.goto('/login');
  await expect(page.getByTestId('login-submit')).toBeVisible();
  await audit.check(page, '/login');
  await page.goto('/register');
  await expect(page.getByTestId('register-submit')).toBeVisible();
  await audit.check(page, '/register');
  await visit(page, audit, '/providers');
  await page.getByTestId('provider-card-dongfang-commercial-bank').getByRole('checkbox').check();
  await page.getByTestId(/^provider-card-ruitong/).getByRole('checkbox').check();
  await audit.check(page, '/providers (two selected for comparison)');
  await page.getByTestId('compare-go').click();
  await expect(page.getByTestId('compare-table')).toBeVisible();
  await audit.check(page, '/providers/compare');
  // English is the second language: the page follows it, <html lang> included.
  await page.getByTestId('language-switch').first().click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await audit.check(page, '/providers/compare (English)');
  audit.expectClean();
});

test('accessibility: merchant pages (home, wizard, application, agreement, terminals, troubleshooting, tickets, notifications)', async ({ browser, request }) => {
  test.setTimeout(180_000);
  const api = new Api(request);
  const audit = new Audit();
  const mobile = freshMobile('139');
  const registered = await request.post('/api/auth/register', { data: { loginName: mobile, password: 'PosDemo2026', displayName: '无障碍店主' } });
  expect(registered.ok()).toBe(true);
  const token = await api.token(mobile);

  // An approved application waiting for the merchant's signature, and a draft in the wizard.
  const approved = await api.submittedApplication(mobile, applicationFields('无障碍便利店', freshCreditCode(), '吴障碍', mobile));
  const reviewer = await api.token(REVIEWER);
  const claimed = await api.call<{ documents: { id: string }[] }>(reviewer, 'POST', `/api/console/applications/${approved.id}/claim`);
  for (const document of claimed.documents) {
    await api.call(reviewer, 'POST', `/api/console/applications/${approved.id}/documents/${document.id}/decision`, { decision: 'ACCEPTED' });
  }
  await api.call(reviewer, 'POST', `/api/console/applications/${approved.id}/approve`, {});
  const providers = await api.call<{ items: { id: string; nameEn: string }[] }>(token, 'GET', '/api/providers');
  const draft = await api.call<{ id: string }>(token, 'POST', '/api/applications', { providerId: providers.items.find((p) => p.nameEn.startsWith('RuiTong'))!.id });

  const { context, page } = await signedInPage(browser, mobile);
  await visit(page, audit, '/merchant');
  await visit(page, audit, '/merchant/providers');
  await visit(page, audit, `/merchant/applications/${draft.id}`, 'application wizard');
  await expect(page.getByTestId('wizard-step-business')).toBeVisible();
  await visit(page, audit, `/merchant/applications/${approved.id}`, 'application detail (approved)');
  await visit(page, audit, `/merchant/applications/${approved.id}/agreement`, 'agreement to sign');
  await visit(page, audit, '/merchant/notifications');
  await context.close();

  // The demo merchant has a live terminal: troubleshooting and tickets, on a phone as at the till.
  const till = await signedInPage(browser, MERCHANT, PHONE);
  await visit(till.page, audit, '/merchant/terminals');
  await visit(till.page, audit, '/merchant/troubleshoot', 'troubleshoot start (phone)');
  await till.page.getByTestId('ts-category-PIN_ERROR').click();
  await audit.check(till.page, 'troubleshoot start with a category (phone)');
  await till.page.getByTestId('ts-start').click();
  await expect(till.page.getByTestId('ts-step-title')).toBeVisible();
  await audit.check(till.page, 'troubleshoot step (phone)');
  await till.page.getByTestId('ts-not-solved').click();
  await expect(till.page.getByTestId('ts-progress')).toHaveText('已尝试 1 步');
  await audit.check(till.page, 'troubleshoot second step (phone)');
  await till.context.close();

  const desk = await signedInPage(browser, MERCHANT);
  const merchantToken = await api.token(MERCHANT);
  const terminals = await api.call<{ items: { id: string }[] }>(merchantToken, 'GET', '/api/terminals');
  const ticket = await api.call<{ id: string }>(merchantToken, 'POST', '/api/tickets', {
    terminalId: terminals.items[0]!.id,
    category: 'SYSTEM_FAULT',
    subject: '无障碍检查：读卡器偶尔无反应',
    description: '插卡后偶尔没有反应，需要重新插卡。',
  });
  await visit(desk.page, audit, '/merchant/tickets');
  await visit(desk.page, audit, `/merchant/tickets/${ticket.id}`, 'merchant ticket detail');
  await visit(desk.page, audit, '/merchant/tickets/new');
  await desk.context.close();
  audit.expectClean();
});

test('accessibility: provider console (review, agreements, installations, technician jobs, ticket desk, settings, staff, analytics, webhooks)', async ({ browser, request }) => {
  test.setTimeout(180_000);
  const api = new Api(request);
  const audit = new Audit();
  const mobile = freshMobile('137');
  const registered = await request.post('/api/auth/register', { data: { loginName: mobile, password: 'PosDemo2026', displayName: '控制台店主' } });
  expect(registered.ok()).toBe(true);

  // One application waiting for review, one signed with an installation booked and dispatched.
  const pending = await api.submittedApplication(mobile, applicationFields('控制台面馆', freshCreditCode(), '孔台', mobile));
  const signed = await api.signedApplication(mobile, '孔台', applicationFields('控制台水果店', freshCreditCode(), '孔台', mobile));
  /** An ISO instant at `hour` o'clock Beijing time, `days` from today. */
  const start = (days: number, hour: number) =>
    `${new Date(Date.now() + 8 * 3_600_000 + days * 86_400_000).toISOString().slice(0, 10)}T${String(hour).padStart(2, '0')}:00:00+08:00`;
  const booking = await api.call<{ id: string }>(await api.token(mobile), 'POST', `/api/applications/${signed.id}/installation`, {
    windows: [
      { start: start(5, 9), end: start(5, 12) },
      { start: start(6, 14), end: start(6, 17) },
    ],
  });
  const support = await api.token(SUPPORT);
  const technicians = await api.call<{ items: { id: string; displayName: string }[] }>(support, 'GET', '/api/console/technicians');
  await api.call(support, 'POST', `/api/console/installations/${booking.id}/confirm`, { technicianId: technicians.items[0]!.id, windowIndex: 0 });
  const merchantToken = await api.token(MERCHANT);
  const terminals = await api.call<{ items: { id: string }[] }>(merchantToken, 'GET', '/api/terminals');
  const ticket = await api.call<{ id: string }>(merchantToken, 'POST', '/api/tickets', {
    terminalId: terminals.items[0]!.id,
    category: 'PIN_ERROR',
    responseCode: '55',
    subject: '无障碍检查：密码错误',
    description: '顾客输入密码后提示 55。',
  });

  // Reviewer: the queue and an application under review.
  const review = await signedInPage(browser, REVIEWER);
  await visit(review.page, audit, '/console/review-queue');
  await visit(review.page, audit, `/console/applications/${pending.id}`, 'review detail (unclaimed)');
  await review.page.getByTestId('claim').click();
  await review.page.waitForLoadState('networkidle');
  await audit.check(review.page, 'review detail (claimed)');
  await visit(review.page, audit, '/console/agreements');
  await review.context.close();

  // Support: dispatch board and the ticket desk.
  const desk = await signedInPage(browser, SUPPORT);
  await visit(desk.page, audit, '/console/installations');
  await visit(desk.page, audit, '/console/tickets');
  await visit(desk.page, audit, `/console/tickets/${ticket.id}`, 'ticket desk detail');
  await desk.context.close();

  // Technician, on a phone.
  const tech = await signedInPage(browser, TECHNICIAN, PHONE);
  await visit(tech.page, audit, '/console/jobs', 'technician jobs (phone)');
  await tech.page.getByTestId(`open-job-${signed.reference}`).click();
  await expect(tech.page.getByTestId('arrive')).toBeVisible();
  await audit.check(tech.page, 'technician job (phone)');
  await tech.context.close();

  // Provider admin: settings, staff, analytics, webhooks.
  const admin = await signedInPage(browser, PROVIDER_ADMIN);
  await visit(admin.page, audit, '/console');
  await visit(admin.page, audit, '/console/provider-settings');
  await visit(admin.page, audit, '/console/staff');
  await visit(admin.page, audit, '/console/analytics');
  await visit(admin.page, audit, '/console/webhooks');
  await visit(admin.page, audit, '/console/notifications');
  await admin.context.close();
  audit.expectClean();
});

test('accessibility: platform admin (home, mailbox, troubleshooting trees)', async ({ page }) => {
  const audit = new Audit();
  await signIn(page, PLATFORM_ADMIN);
  await visit(page, audit, '/admin');
  await visit(page, audit, '/admin/mailbox');
  await visit(page, audit, '/admin/troubleshooting');
  await visit(page, audit, '/admin/troubleshooting/PIN_ERROR', 'troubleshooting tree editor');
  await visit(page, audit, '/admin/review-queue');
  audit.expectClean();
});
