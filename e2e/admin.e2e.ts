import { expect, test } from '@playwright/test';
import { signIn, signOut } from './support/helpers.js';

const PROVIDER = 'EasyPOS Service Co., Ltd.';
const PROVIDER_ZH = '易装 POS 服务有限公司';

test('platform admin suspends and restores a provider', async ({ page }) => {
  await signIn(page, 'ops@pos-portal.example');
  await page.goto('/admin/providers');
  const row = page.getByTestId(`provider-row-${PROVIDER}`);
  await expect(page.getByTestId(`provider-status-${PROVIDER}`)).toHaveText('正常');

  // Suspend, with a reason, after confirming.
  await page.getByTestId(`provider-suspend-${PROVIDER}`).click();
  await page.getByRole('textbox', { name: '原因（记入审计日志）' }).fill('资质年检');
  await page.getByTestId('confirm-suspend').click();
  await expect(page.getByTestId(`provider-status-${PROVIDER}`)).toHaveText('已暂停');
  await expect(row.getByTestId(`provider-restore-${PROVIDER}`)).toBeVisible();

  // The public catalog no longer shows it.
  await page.goto('/providers');
  await expect(page.getByTestId('page-title')).toBeVisible();
  await expect(page.getByText('东方商业银行').first()).toBeVisible();
  await expect(page.getByText(PROVIDER_ZH)).toHaveCount(0);

  // The audit log has the suspension with its reason.
  await page.goto('/admin/audit');
  await page.getByTestId('audit-action').fill('PROVIDER_SUSPENDED');
  await page.getByTestId('audit-search').click();
  await expect(page.getByText('资质年检').first()).toBeVisible();

  // Restore: back in the catalog.
  await page.goto('/admin/providers');
  await page.getByTestId(`provider-restore-${PROVIDER}`).click();
  await page.getByTestId('confirm-restore').click();
  await expect(page.getByTestId(`provider-status-${PROVIDER}`)).toHaveText('正常');
  await page.goto('/providers');
  await expect(page.getByText(PROVIDER_ZH).first()).toBeVisible();
  await page.goto('/admin');
  await signOut(page);
});
