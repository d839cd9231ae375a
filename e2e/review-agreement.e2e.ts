import { expect, type Page, test } from '@playwright/test';
import { Api, applicationFields } from './support/api.js';
import { freshCreditCode, freshMobile } from './support/unique.js';
import { fixture, signIn, stepToDocuments } from './support/helpers.js';

const REQUIRED = ['BUSINESS_LICENCE', 'LEGAL_REP_ID_FRONT', 'LEGAL_REP_ID_BACK', 'SETTLEMENT_ACCOUNT_PROOF', 'STOREFRONT_PHOTO', 'LEASE_PROOF'];

async function openForReview(reviewer: Page, reference: string) {
  await reviewer.goto('/console/review-queue');
  await reviewer.getByTestId(`queue-link-${reference}`).click();
  await expect(reviewer.getByTestId('claim')).toBeVisible();
}

test('review and agreement: change request round trip, approval, signing with fee acknowledgement, countersignature, executed PDF', async ({ browser, request }) => {
  test.setTimeout(240_000);
  const api = new Api(request);
  const mobile = freshMobile('135');
  expect((await request.post('/api/auth/register', { data: { loginName: mobile, password: 'PosDemo2026', displayName: '赵店主' } })).ok()).toBe(true);
  const application = await api.submittedApplication(mobile, applicationFields('赵记粮油店', freshCreditCode(), '赵一刀', mobile));

  // The reviewer claims, rejects the storefront photo and asks for a new one and a new contact.
  const reviewer = await browser.newPage();
  await signIn(reviewer, 'reviewer@dongfang-bank.example');
  await openForReview(reviewer, application.reference);
  await reviewer.getByTestId('claim').click();
  await expect(reviewer.getByTestId('claimed-by')).toContainText('李审核');
  await reviewer.getByTestId('reject-STOREFRONT_PHOTO').click();
  await reviewer.getByTestId('reason-input').fill('门头照片看不清店名');
  await reviewer.getByTestId('reject-document-submit').click();
  await expect(reviewer.getByTestId('document-status-STOREFRONT_PHOTO')).toContainText('需重新上传');
  await reviewer.getByTestId('request-changes').click();
  // The rejected storefront photo comes pre-selected; check() leaves it selected either way.
  await reviewer.getByTestId('change-field-contactName').check();
  await reviewer.getByTestId('change-document-STOREFRONT_PHOTO').check();
  await reviewer.getByTestId('request-changes-message').fill('请重新上传清晰的门头照片，并更新联系人');
  await reviewer.getByTestId('request-changes-submit').click();
  await expect(reviewer.getByText('待补充资料').first()).toBeVisible();

  // The merchant sees exactly what to fix, fixes it and resubmits.
  const merchant = await browser.newPage();
  await signIn(merchant, mobile);
  await merchant.goto(`/merchant/applications/${application.id}`);
  await expect(merchant.getByTestId('change-request')).toContainText('请重新上传清晰的门头照片，并更新联系人');
  await expect(merchant.locator('#application_businessName')).toBeDisabled();
  await merchant.locator('#application_contactName').fill('赵二');
  await stepToDocuments(merchant);
  await merchant.getByTestId('upload-STOREFRONT_PHOTO').setInputFiles(fixture('storefront.png'));
  await expect(merchant.getByTestId('document-file-STOREFRONT_PHOTO')).toBeVisible();
  await merchant.getByTestId('wizard-next').click();
  await merchant.getByTestId('wizard-submit').click();
  await expect(merchant.getByTestId('application-status').first()).toHaveAttribute('data-status', 'SUBMITTED');

  // Back in the same reviewer's queue: accept every document and approve. The agreement goes out at once.
  await openForReview(reviewer, application.reference);
  await reviewer.getByTestId('claim').click();
  for (const type of REQUIRED) {
    await reviewer.getByTestId(`accept-${type}`).click();
    await expect(reviewer.getByTestId(`accept-${type}`)).toBeDisabled();
  }
  await reviewer.getByTestId('approve').click();
  await reviewer.getByTestId('approve-submit').click();
  await expect(reviewer.getByTestId('agreement-sent')).toBeVisible();

  // The merchant's timeline tells the story, then they read, acknowledge every fee line and sign.
  await merchant.goto(`/merchant/applications/${application.id}`);
  const timeline = merchant.getByTestId('timeline');
  await expect(timeline).toContainText('请重新上传清晰的门头照片，并更新联系人');
  for (const action of ['SUBMIT', 'CLAIM', 'REQUEST_CHANGES', 'APPROVE', 'SEND_AGREEMENT']) {
    await expect(merchant.locator(`[data-testid="timeline-entry"][data-action="${action}"]`).first()).toBeVisible();
  }
  await merchant.getByTestId('open-agreement').click();
  await expect(merchant.getByTestId('agreement-status')).toHaveAttribute('data-status', 'SENT');
  for (const key of ['DEBIT_CARD', 'CREDIT_CARD', 'WECHAT_PAY', 'ALIPAY', 'UNIONPAY_QUICKPASS']) {
    await expect(merchant.getByTestId(`fee-line-${key}`)).toBeVisible();
  }
  await expect(merchant.getByTestId('sign-agreement')).toBeDisabled();
  for (const key of ['DEBIT_CARD', 'CREDIT_CARD', 'WECHAT_PAY', 'ALIPAY', 'UNIONPAY_QUICKPASS']) await merchant.getByTestId(`fee-ack-${key}`).check();
  await merchant.getByTestId('terms-ack').check();
  await merchant.getByTestId('signed-name').fill('赵一刀');
  await merchant.getByTestId('sign-agreement').click();
  await expect(merchant.getByTestId('agreement-status')).toHaveAttribute('data-status', 'MERCHANT_SIGNED');

  // The provider admin countersigns.
  const token = await api.token(mobile);
  const agreement = await api.call<{ reference: string }>(token, 'GET', `/api/applications/${application.id}/agreement`);
  const admin = await browser.newPage();
  await signIn(admin, 'admin@dongfang-bank.example');
  await admin.goto('/console/agreements');
  await admin.getByTestId(`countersign-${agreement.reference}`).click();
  await expect(admin.getByTestId('countersign-signer')).toContainText('赵一刀');
  await admin.getByTestId('countersign-confirm').click();
  await expect(admin.getByTestId(`download-final-${agreement.reference}`)).toBeVisible();

  // The merchant downloads the executed agreement; its hash is the recorded one.
  await merchant.reload();
  await expect(merchant.getByTestId('agreement-status')).toHaveAttribute('data-status', 'COUNTERSIGNED');
  const recorded = (await merchant.getByTestId('final-sha256').innerText()).trim();
  const download = await Promise.all([merchant.waitForEvent('download'), merchant.getByTestId('download-final').click()]).then(([d]) => d);
  const { createHash } = await import('node:crypto');
  const { readFileSync } = await import('node:fs');
  const bytes = readFileSync(await download.path());
  expect(recorded).toContain(createHash('sha256').update(bytes).digest('hex'));

  // Anyone can verify it.
  const verifier = await browser.newPage();
  await verifier.goto('/verify');
  await verifier.getByTestId('verify-upload').setInputFiles({ name: 'agreement.pdf', mimeType: 'application/pdf', buffer: bytes });
  await expect(verifier.getByTestId('verify-result')).toContainText(agreement.reference);
  await expect(verifier.getByTestId('verify-merchant')).toContainText('赵***店');
});
