import { type Browser, expect, type Page, test } from '@playwright/test';
import { Api, applicationFields, bookingWindows, ProviderDesk } from './support/api.js';
import { freshCreditCode, freshMobile } from './support/unique.js';
import { choose, fixture, signIn, stepToDocuments } from './support/helpers.js';

/**
 * The journeys the product exists for (issue #10), each from its own freshly registered merchant:
 * 1. a new merchant goes from registration to a live terminal, every merchant step in the browser (in Chinese, and
 *    once more in English); the provider's answers in between come through the API, as the provider's own journey
 *    below and review-agreement / installation walk them in the browser;
 * 2. the provider's side of a high-risk application: the reviewer claims, asks for changes and approves, the
 *    provider admin gives the second approval (four eyes) and countersigns, support dispatches and the technician
 *    installs on a phone. (Support's ticket handling is tickets.e2e.ts; the technician's inspection prevention.e2e.ts.)
 */

/** What a person reads on screen at each step, per interface language. */
const TEXT = {
  zh: {
    bank: '东方商业银行',
    pay: '瑞通支付科技有限公司',
    terminalType: '传统',
    region: '上海',
    status: { SUBMITTED: '已提交', CHANGES_REQUESTED: '待补充资料', AGREEMENT_SENT: '待签协议', SIGNED: '已签协议', INSTALL_SCHEDULED: '待上门安装', LIVE: '已开通' },
    agreement: { SENT: '待商户签署', MERCHANT_SIGNED: '待服务商会签', COUNTERSIGNED: '已生效' },
    installation: { PROPOSED: '待安排', CONFIRMED: '已安排上门', TESTED: '已测试，待商户确认', ACCEPTED: '已验收' },
    terminalLive: '已启用',
    model: '联迪 A8',
  },
  en: {
    bank: 'Dongfang Commercial Bank',
    pay: 'RuiTong Payment Technology Co., Ltd.',
    terminalType: 'Traditional POS',
    region: 'Shanghai',
    status: { SUBMITTED: 'Submitted', CHANGES_REQUESTED: 'Changes requested', AGREEMENT_SENT: 'Agreement to sign', SIGNED: 'Agreement signed', INSTALL_SCHEDULED: 'Installation booked', LIVE: 'Live' },
    agreement: { SENT: 'Waiting for the merchant', MERCHANT_SIGNED: 'Waiting for countersignature', COUNTERSIGNED: 'In force' },
    installation: { PROPOSED: 'Awaiting scheduling', CONFIRMED: 'Visit scheduled', TESTED: 'Tested, awaiting merchant', ACCEPTED: 'Accepted' },
    terminalLive: 'Live',
    model: '联迪 A8',
  },
} as const;
type Language = keyof typeof TEXT;

const FEE_LINES = ['DEBIT_CARD', 'CREDIT_CARD', 'WECHAT_PAY', 'ALIPAY', 'UNIONPAY_QUICKPASS'];
const DOCUMENTS: Record<string, string> = {
  BUSINESS_LICENCE: 'licence.pdf',
  LEGAL_REP_ID_FRONT: 'licence.jpg',
  LEGAL_REP_ID_BACK: 'licence.jpg',
  SETTLEMENT_ACCOUNT_PROOF: 'licence.jpg',
  STOREFRONT_PHOTO: 'storefront.png',
  LEASE_PROOF: 'licence.pdf',
};

/** The application status tag on the merchant's page: its state and the words shown for it. */
async function expectStatus(page: Page, language: Language, status: keyof (typeof TEXT)['zh']['status']) {
  const tag = page.getByTestId('application-status').first();
  await expect(tag).toHaveAttribute('data-status', status);
  await expect(tag).toHaveText(TEXT[language].status[status]);
}

async function merchantJourney(browser: Browser, api: Api, language: Language) {
  const text = TEXT[language];
  const desk = new ProviderDesk(api);
  const mobile = freshMobile(language === 'en' ? '137' : '136');
  const shop = language === 'en' ? 'Lucky Noodle House 好运面馆' : '好运面馆';
  const legalName = '周好运';
  const serial = `LD-A8-J1${language.toUpperCase()}-${mobile.slice(-6)}`;
  const changeMessage = language === 'en' ? 'Please upload a sharper storefront photo and update the contact.' : '请重新上传清晰的门头照片，并更新联系人';

  const context = await browser.newContext();
  const page = await context.newPage();

  // ── Registration (in English the language is switched on the first screen and stays so). ──
  await page.goto('/register');
  if (language === 'en') {
    await page.getByTestId('language-switch').click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByTestId('register-submit')).toHaveText(/Register|Create/);
  }
  await page.locator('#register_loginName').fill(mobile);
  await page.locator('#register_displayName').fill('周店主');
  await page.locator('#register_password').fill('Newshop2026ok');
  await page.locator('#register_confirmPassword').fill('Newshop2026ok');
  await page.getByTestId('register-submit').click();
  await expect(page).toHaveURL(/\/merchant/);
  await expect(page.getByTestId('current-user')).toContainText('周店主');

  // ── Compare providers: the bank and the payment institution side by side, then the fee calculator. ──
  await page.goto('/merchant/providers');
  const bankCard = page.getByTestId('provider-card-dongfang-commercial-bank');
  await expect(bankCard).toContainText(text.bank);
  await expect(bankCard).toContainText('0.50%');
  await bankCard.getByRole('checkbox').check();
  await page.getByTestId(/^provider-card-ruitong/).getByRole('checkbox').check();
  await page.getByTestId('compare-go').click();
  const compare = page.getByTestId('compare-table');
  await expect(compare).toContainText(text.bank);
  await expect(compare).toContainText(text.pay);
  await expect(compare).toContainText('T+1');
  await expect(compare).toContainText('D+0');

  // ¥100,000 of debit card payments in ¥10,000 tickets hits every provider's cap:
  // 瑞通 10 × ¥20 = ¥200.00 (cheapest); 易装 10 × ¥20 + ¥15 device fee = ¥215.00; 东方 10 × ¥25 = ¥250.00.
  await page.goto('/merchant/providers/fee-calculator');
  await page.locator('#feeEstimate_volumes_DEBIT_CARD_monthlyAmount').fill('100000');
  await page.locator('#feeEstimate_volumes_DEBIT_CARD_averageTicket').fill('10000');
  await page.getByTestId('fee-estimate-submit').click();
  await expect(page.getByTestId('fee-estimate-total')).toHaveText([/200\.00/, /215\.00/, /250\.00/]);

  // ── Apply to the bank: every wizard step, real JPEG/PNG/PDF uploads checked by content. ──
  await page.goto('/merchant/providers');
  await page.getByTestId('provider-card-dongfang-commercial-bank').getByTestId('provider-name').click();
  await page.getByTestId('apply').click();
  await expect(page.getByTestId('wizard-step-business')).toBeVisible();
  await page.locator('#application_businessName').fill(shop);
  await page.locator('#application_creditCode').fill(freshCreditCode());
  await page.locator('#application_mcc').fill('5812');
  await page.locator('#application_businessAddress').fill('上海市黄浦区南京东路 100 号');
  await page.locator('#application_openingDate').fill('2019-08-08');
  await page.locator('#application_openingDate').press('Enter');
  await page.getByTestId('wizard-next').click();
  await page.locator('#application_legalRepName').fill(legalName);
  await page.getByTestId('legalRepIdNumber-input').fill('11010519491231002X');
  await page.locator('#application_legalRepMobile').fill(mobile);
  await page.getByTestId('wizard-next').click();
  await page.locator('#application_contactName').fill(legalName);
  await page.locator('#application_contactMobile').fill(mobile);
  await page.getByTestId('wizard-next').click();
  await page.locator('#application_settlementAccountName').fill(legalName);
  await page.locator('#application_settlementBank').fill('东方商业银行');
  await page.getByTestId('settlementAccountNumber-input').fill('6222021234567890123');
  await page.getByTestId('wizard-next').click();
  await page.locator('#application_volumes_DEBIT_CARD_monthlyAmount').fill('50000');
  await page.locator('#application_volumes_DEBIT_CARD_averageTicket').fill('200');
  await choose(page, 'application_terminalRequests_0_terminalType', text.terminalType);
  await choose(page, 'application_installRegion', text.region);
  await page.locator('#application_installAddress').fill('上海市黄浦区南京东路 100 号 1 层');
  await page.getByTestId('wizard-next').click();
  for (const [type, name] of Object.entries(DOCUMENTS)) {
    await page.getByTestId(`upload-${type}`).setInputFiles(fixture(name));
    await expect(page.getByTestId(`document-file-${type}`)).toBeVisible();
  }
  await page.getByTestId('wizard-next').click();
  const summary = page.getByTestId('application-summary');
  await expect(summary).toContainText(shop);
  await expect(summary).toContainText('110***********002X');
  await page.getByTestId('wizard-submit').click();
  await expectStatus(page, language, 'SUBMITTED');
  await expect(page.getByTestId('expected-decision')).toBeVisible();
  const applicationId = page.url().match(/applications\/([0-9a-f-]{36})/)![1]!;

  // ── The reviewer asks for a sharper storefront photo and another contact; the merchant answers in the browser. ──
  await desk.requestChanges(applicationId, changeMessage);
  await page.reload();
  await expectStatus(page, language, 'CHANGES_REQUESTED');
  await expect(page.getByTestId('change-request')).toContainText(changeMessage);
  // Only what the reviewer asked for can change.
  await expect(page.locator('#application_businessName')).toBeDisabled();
  await expect(page.locator('#application_contactName')).toBeEnabled();
  await page.locator('#application_contactName').fill('周二');
  await stepToDocuments(page);
  await page.getByTestId('upload-STOREFRONT_PHOTO').setInputFiles(fixture('storefront.png'));
  await expect(page.getByTestId('document-file-STOREFRONT_PHOTO')).toBeVisible();
  await page.getByTestId('wizard-next').click();
  await expect(page.getByTestId('application-summary')).toContainText('周二');
  await page.getByTestId('wizard-submit').click();
  await expectStatus(page, language, 'SUBMITTED');

  // ── Approved: the agreement is waiting. The merchant reads the fees, acknowledges each line and signs. ──
  await desk.approve(applicationId);
  await page.reload();
  await expectStatus(page, language, 'AGREEMENT_SENT');
  await expect(page.getByTestId('timeline')).toContainText(changeMessage);
  await page.getByTestId('open-agreement').click();
  await expect(page.getByTestId('agreement-status')).toHaveAttribute('data-status', 'SENT');
  await expect(page.getByTestId('agreement-status')).toHaveText(text.agreement.SENT);
  await expect(page.getByTestId('fee-line-DEBIT_CARD')).toContainText('0.50%');
  await expect(page.getByTestId('fee-line-DEBIT_CARD')).toContainText('25.00');
  await expect(page.getByTestId('sign-agreement')).toBeDisabled();
  for (const key of FEE_LINES) await page.getByTestId(`fee-ack-${key}`).check();
  await page.getByTestId('terms-ack').check();
  await page.getByTestId('signed-name').fill(legalName);
  await page.getByTestId('sign-agreement').click();
  await expect(page.getByTestId('agreement-status')).toHaveText(text.agreement.MERCHANT_SIGNED);
  const agreementId = page.url().match(/agreements\/([0-9a-f-]{36})/)?.[1] ?? (await api.call<{ id: string }>(await api.token(mobile, 'Newshop2026ok'), 'GET', `/api/applications/${applicationId}/agreement`)).id;
  await desk.countersign(agreementId);
  await page.reload();
  await expect(page.getByTestId('agreement-status')).toHaveText(text.agreement.COUNTERSIGNED);
  await expect(page.getByTestId('download-final')).toBeVisible();

  // ── Book the installation: two windows; the provider sends 钱师傅 for the first. ──
  await page.goto(`/merchant/applications/${applicationId}`);
  await expectStatus(page, language, 'SIGNED');
  const windows = bookingWindows();
  for (const [index, window] of windows.entries()) {
    await page.getByTestId(`window-${index}-start`).fill(window.start);
    await page.getByTestId(`window-${index}-end`).fill(window.end);
  }
  await page.getByTestId('book-submit').click();
  await expect(page.getByTestId('installation-status')).toHaveText(text.installation.PROPOSED);
  const installation = await api.call<{ id: string }>(await api.token(mobile, 'Newshop2026ok'), 'GET', `/api/applications/${applicationId}/installation`);
  await desk.dispatch(installation.id);
  await page.reload();
  await expect(page.getByTestId('installation-status')).toHaveText(text.installation.CONFIRMED);
  await expect(page.getByTestId('technician')).toContainText('钱师傅');
  await expect(page.getByTestId('confirmed-window')).toContainText(`${String(windows[0].hour).padStart(2, '0')}:00`);
  await expectStatus(page, language, 'INSTALL_SCHEDULED');

  // ── The technician installs and tests; the merchant sees the terminal and the test, confirms, and it is live. ──
  await desk.install(installation.id, serial);
  await page.reload();
  await expect(page.getByTestId('installation-status')).toHaveText(text.installation.TESTED);
  await expect(page.getByTestId(`installed-terminal-${serial}`)).toContainText(text.model);
  await page.getByTestId('confirm-installation').click();
  await page.getByTestId('accept-installation').click();
  await expect(page.getByTestId('installation-status')).toHaveText(text.installation.ACCEPTED);
  await expectStatus(page, language, 'LIVE');
  await page.goto('/merchant/terminals');
  const terminal = page.getByTestId(`terminal-${serial}`);
  await expect(terminal).toContainText(text.model);
  await expect(terminal).toContainText(text.terminalLive);
  await context.close();
}

test('journey 1: a new merchant registers, compares, applies with real documents, answers a change request, signs, books, confirms and sees the terminal live', async ({ browser, request }) => {
  test.setTimeout(180_000);
  await merchantJourney(browser, new Api(request), 'zh');
});

test('journey 1 in English: the same merchant journey with the interface switched to English @en', async ({ browser, request }) => {
  test.setTimeout(180_000);
  await merchantJourney(browser, new Api(request), 'en');
});

test('journey 2: the provider works a high-risk application: claim, change request, approval, the admin\'s second approval and countersignature, dispatch, installation on a phone', async ({ browser, request }) => {
  test.setTimeout(180_000);
  const api = new Api(request);
  const mobile = freshMobile('135');
  const serial = `LD-A8-J2-${mobile.slice(-6)}`;
  const changeMessage = '请核对联系人姓名，与营业执照登记一致';
  const shop = `钱记典当行${mobile.slice(-4)}号店`;
  expect((await request.post('/api/auth/register', { data: { loginName: mobile, password: 'PosDemo2026', displayName: '钱店主' } })).ok()).toBe(true);
  // A pawn shop (MCC 5933) is one of the bank's high-risk industries: two approvals needed.
  const fields = { ...applicationFields(shop, freshCreditCode(), '钱多多', mobile), mcc: '5933' };
  const application = await api.submittedApplication(mobile, fields);
  const merchant = await api.token(mobile);

  // ── The reviewer finds it in the queue, marked high risk, claims it and asks for a change. ──
  const reviewer = await browser.newPage();
  await signIn(reviewer, 'reviewer@dongfang-bank.example');
  await reviewer.goto(`/console/review-queue?q=${encodeURIComponent(shop)}`);
  const row = reviewer.getByTestId(`queue-row-${application.reference}`);
  await expect(row).toContainText(shop);
  await expect(row.getByTestId('high-risk')).toHaveText('高风险');
  await expect(row.getByTestId('application-status')).toHaveText('已提交');
  await reviewer.getByTestId(`queue-link-${application.reference}`).click();
  await reviewer.getByTestId('claim').click();
  await expect(reviewer.getByTestId('claimed-by')).toContainText('李审核');
  await reviewer.getByTestId('request-changes').click();
  await reviewer.getByTestId('change-field-contactName').check();
  await reviewer.getByTestId('request-changes-message').fill(changeMessage);
  await reviewer.getByTestId('request-changes-submit').click();
  await expect(reviewer.getByTestId('application-status')).toHaveText('待补充资料');

  // The merchant corrects the contact and resubmits (their side of this is journey 1).
  await api.call(merchant, 'PATCH', `/api/applications/${application.id}`, { contactName: '钱多多' });
  await api.call(merchant, 'POST', `/api/applications/${application.id}/submit`);

  // ── Back with the same reviewer: every document accepted, first approval. It waits for a provider admin. ──
  await reviewer.reload();
  await expect(reviewer.getByTestId('application-status')).toHaveText('已提交');
  await reviewer.getByTestId('claim').click();
  for (const type of Object.keys(DOCUMENTS)) {
    await reviewer.getByTestId(`accept-${type}`).click();
    await expect(reviewer.getByTestId(`document-status-${type}`)).toContainText('已通过');
  }
  await reviewer.getByTestId('approve').click();
  await expect(reviewer.getByTestId('four-eyes-notice')).toContainText('这是高风险申请，需要两人审核。');
  await reviewer.getByTestId('approve-submit').click();
  await expect(reviewer.getByTestId('second-approval-pending')).toHaveText('初审已通过（李审核），等待另一位服务商管理员复核。');
  await expect(reviewer.getByTestId('application-status')).toHaveText('复核中');
  await expect(reviewer.getByTestId('approve')).toBeDisabled();
  await reviewer.close();

  // ── The provider admin gives the second approval; the agreement goes out at once. ──
  const admin = await browser.newPage();
  await signIn(admin, 'admin@dongfang-bank.example');
  await admin.goto(`/console/review-queue?q=${encodeURIComponent(shop)}`);
  await expect(admin.getByTestId(`queue-row-${application.reference}`).getByTestId('application-status')).toHaveText('复核中');
  await admin.getByTestId(`queue-link-${application.reference}`).click();
  await expect(admin.getByTestId('approve')).toHaveText(/复核通过/);
  await admin.getByTestId('approve').click();
  await expect(admin.getByTestId('four-eyes-notice')).toContainText('初审通过人：李审核');
  await admin.getByTestId('approve-submit').click();
  await expect(admin.getByTestId('agreement-sent')).toBeVisible();
  await expect(admin.getByTestId('application-status')).toHaveText('待签协议');

  // The merchant signs (journey 1 walks that in the browser); the admin countersigns.
  const agreement = await api.call<{ id: string; reference: string; documentSha256: string; fees: { lines: { key: string }[] } }>(merchant, 'GET', `/api/applications/${application.id}/agreement`);
  await api.call(merchant, 'POST', `/api/agreements/${agreement.id}/sign`, {
    signedName: '钱多多',
    documentSha256: agreement.documentSha256,
    acknowledgedFeeLines: agreement.fees.lines.map((l) => l.key),
    acceptTerms: true,
  });
  await admin.goto('/console/agreements');
  await admin.getByTestId(`countersign-${agreement.reference}`).click();
  await expect(admin.getByTestId('countersign-signer')).toContainText('钱多多');
  await admin.getByTestId('countersign-confirm').click();
  await expect(admin.getByTestId(`download-final-${agreement.reference}`)).toBeVisible();
  await admin.close();

  // ── The merchant books two windows; support sends 钱师傅 for the second. ──
  const windows = bookingWindows().map((w) => ({ start: w.startIso, end: w.endIso }));
  await api.call(merchant, 'POST', `/api/applications/${application.id}/installation`, { windows });
  const support = await browser.newPage();
  await signIn(support, 'support@dongfang-bank.example');
  await support.goto('/console/installations');
  await support.getByTestId(`arrange-${application.reference}`).click();
  await support.getByTestId('technician-select').click();
  await support.locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasText: '钱师傅' }).click();
  await support.getByTestId('window-choice-1').click();
  await support.getByTestId('confirm-submit').click();
  await expect(support.getByTestId('drawer-installation-status')).toHaveText('已安排上门');

  // ── The technician, on a phone: the job, arrival, the terminal, every check, a test transaction. ──
  const phone = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  const tech = await phone.newPage();
  await signIn(tech, 'tech@dongfang-bank.example');
  const job = tech.getByTestId(`job-card-${application.reference}`);
  await expect(job).toContainText(shop);
  await expect(job).toContainText('北京市朝阳区建国路 88 号 1 层');
  await tech.getByTestId(`open-job-${application.reference}`).click();
  await tech.getByTestId('arrive').click();
  await expect(tech.getByTestId('installation-status')).toHaveText('现场安装中');
  await tech.getByTestId('serial-number').fill(serial);
  await tech.getByTestId('terminal-model').click();
  await tech.locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasText: '联迪 A8' }).click();
  await tech.getByTestId('add-terminal').click();
  await expect(tech.getByTestId(`remove-terminal-${serial}`)).toBeVisible();
  for (const item of ['power', 'network', 'swipe', 'insert', 'tap', 'qrScan', 'printer', 'pinPad']) await tech.getByTestId(`check-${item}`).click();
  await tech.getByTestId('test-amount').fill('0.01');
  await tech.getByTestId('test-receipt').click();
  await tech.getByTestId('complete-installation').click();
  await expect(tech.getByTestId('installation-status')).toHaveText('已测试，待商户确认');
  expect(await tech.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await phone.close();

  // The merchant accepts; support sees the terminal live in the provider's registry.
  const installation = await api.call<{ id: string }>(merchant, 'GET', `/api/applications/${application.id}/installation`);
  await api.call(merchant, 'POST', `/api/installations/${installation.id}/accept`, {});
  await support.goto(`/console/terminals`);
  await support.getByTestId('terminal-search').getByRole('searchbox').fill(serial);
  await support.getByTestId('terminal-search').getByRole('searchbox').press('Enter');
  await expect(support.getByTestId(`terminal-${serial}`)).toContainText(shop);
  await expect(support.getByTestId(`terminal-${serial}`)).toContainText('已启用');
  await support.close();
});

