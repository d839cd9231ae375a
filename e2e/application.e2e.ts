import { expect, test } from '@playwright/test';
import { choose, fixture, registerMerchant } from './support/helpers.js';

test('a new merchant compares providers, estimates fees, applies with real documents and submits', async ({ page }) => {
  test.setTimeout(120_000);
  await registerMerchant(page, '13566667777', '陈店主');

  // Compare two providers side by side.
  await page.goto('/merchant/providers');
  const bank = page.getByTestId('provider-card-dongfang-commercial-bank');
  const pay = page.getByTestId(/^provider-card-ruitong/);
  await expect(bank).toContainText('东方商业银行');
  await expect(bank).toContainText('0.50%');
  await bank.getByRole('checkbox').check();
  await pay.getByRole('checkbox').check();
  await page.getByTestId('compare-go').click();
  await expect(page.getByTestId('compare-table')).toContainText('瑞通支付科技有限公司');
  await expect(page.getByTestId('compare-table')).toContainText('D+0');

  // The fee calculator: ¥100,000 of debit card payments in ¥10,000 tickets hits every provider's cap.
  await page.goto('/merchant/providers/fee-calculator');
  await page.locator('#feeEstimate_volumes_DEBIT_CARD_monthlyAmount').fill('100000');
  await page.locator('#feeEstimate_volumes_DEBIT_CARD_averageTicket').fill('10000');
  await page.getByTestId('fee-estimate-submit').click();
  const totals = page.getByTestId('fee-estimate-total');
  await expect(totals).toHaveCount(3);
  // 瑞通: 10 × ¥20 = ¥200.00 (cheapest); 易装: 10 × ¥20 + ¥15 device fee = ¥215.00; 东方: 10 × ¥25 = ¥250.00.
  await expect(totals).toHaveText([/200\.00/, /215\.00/, /250\.00/]);

  // Apply to the bank.
  await page.goto('/merchant/providers');
  await page.getByTestId('provider-card-dongfang-commercial-bank').getByTestId('provider-name').click();
  await page.getByTestId('apply').click();
  await expect(page.getByTestId('wizard-step-business')).toBeVisible();

  await page.locator('#application_businessName').fill('陈记烧腊店');
  await page.locator('#application_creditCode').fill('91350100M000100Y43');
  await page.locator('#application_mcc').fill('5812');
  await page.locator('#application_businessAddress').fill('上海市黄浦区南京东路 100 号');
  await page.locator('#application_openingDate').fill('2019-08-08');
  await page.locator('#application_openingDate').press('Enter');
  await page.getByTestId('wizard-next').click();

  await page.locator('#application_legalRepName').fill('陈大文');
  await page.getByTestId('legalRepIdNumber-input').fill('11010519491231002X');
  await page.locator('#application_legalRepMobile').fill('13566667777');
  await page.getByTestId('wizard-next').click();

  await page.locator('#application_contactName').fill('陈大文');
  await page.locator('#application_contactMobile').fill('13566667777');
  await page.getByTestId('wizard-next').click();

  await page.locator('#application_settlementAccountName').fill('陈大文');
  await page.locator('#application_settlementBank').fill('东方商业银行');
  await page.getByTestId('settlementAccountNumber-input').fill('6222021234567890123');
  await page.getByTestId('wizard-next').click();

  await page.locator('#application_volumes_DEBIT_CARD_monthlyAmount').fill('50000');
  await page.locator('#application_volumes_DEBIT_CARD_averageTicket').fill('200');
  await choose(page, 'application_terminalRequests_0_terminalType', '传统');
  await choose(page, 'application_installRegion', '上海');
  await page.locator('#application_installAddress').fill('上海市黄浦区南京东路 100 号 1 层');
  await page.getByTestId('wizard-next').click();

  // Documents: real files, checked by the server by content.
  const files: Record<string, string> = {
    BUSINESS_LICENCE: 'licence.pdf',
    LEGAL_REP_ID_FRONT: 'licence.jpg',
    LEGAL_REP_ID_BACK: 'licence.jpg',
    SETTLEMENT_ACCOUNT_PROOF: 'licence.jpg',
    STOREFRONT_PHOTO: 'storefront.png',
    LEASE_PROOF: 'licence.pdf',
  };
  for (const [type, name] of Object.entries(files)) {
    await page.getByTestId(`upload-${type}`).setInputFiles(fixture(name));
    await expect(page.getByTestId(`document-file-${type}`)).toBeVisible();
  }
  await page.getByTestId('wizard-next').click();

  await expect(page.getByTestId('application-summary')).toContainText('陈记烧腊店');
  await expect(page.getByTestId('application-summary')).toContainText('110***********002X');
  await page.getByTestId('wizard-submit').click();
  await expect(page.getByTestId('application-status')).toHaveAttribute('data-status', 'SUBMITTED');

  await page.goto('/merchant');
  await expect(page.getByText('陈记烧腊店')).toBeVisible();
  await expect(page.getByTestId('application-status').first()).toHaveAttribute('data-status', 'SUBMITTED');
});
