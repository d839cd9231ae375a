import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { Api, applicationFields } from './support/api.js';
import { signIn } from './support/helpers.js';
import { freshCreditCode, freshMobile } from './support/unique.js';

/** A date in Beijing, `days` from today, as YYYY-MM-DD (the dashboard counts by Beijing dates). */
function beijingDate(days = 0): string {
  return new Date(Date.now() + 8 * 3_600_000 + days * 86_400_000).toISOString().slice(0, 10);
}

test('analytics: the provider admin opens the dashboard, changes the date range and exports the funnel as CSV', async ({ page, request }) => {
  test.setTimeout(90_000);
  // Something to count: an application submitted to 东方商业银行 today.
  const api = new Api(request);
  const mobile = freshMobile('135');
  const registered = await request.post('/api/auth/register', { data: { loginName: mobile, password: 'PosDemo2026', displayName: '数据店主' } });
  expect(registered.ok()).toBe(true);
  await api.submittedApplication(mobile, applicationFields('数据早餐店', freshCreditCode(), '戴数', mobile));

  await signIn(page, 'admin@dongfang-bank.example');
  await page.goto('/console/analytics');
  await expect(page.getByTestId('page-title')).toHaveText('数据分析');
  // Without a range in the URL, the last 90 days.
  const funnel = page.getByTestId('analytics-funnel');
  await expect(funnel.getByTestId('funnel-total-submitted')).toHaveText(/^[1-9]\d*$/);
  await expect(page.getByTestId('analytics-review')).toBeVisible();
  await expect(page.getByTestId('analytics-tickets')).toBeVisible();

  // The "last 7 days" preset: the URL and the request carry the new range, and the figures come back.
  const today = beijingDate();
  const weekAgo = beijingDate(-6);
  await page.getByTestId('analytics-range').locator('input').first().click();
  const requested = page.waitForRequest((req) => req.url().includes(`/api/console/analytics?from=${weekAgo}&to=${today}`));
  await page.locator('.ant-picker-dropdown:visible .ant-picker-presets li').filter({ hasText: '最近7天' }).click();
  await requested;
  await expect(page).toHaveURL(new RegExp(`[?&]from=${weekAgo}&to=${today}`));
  await expect(page.getByTestId('analytics-range').locator('input').first()).toHaveValue(weekAgo);
  await expect(page.getByTestId('analytics-range').locator('input').last()).toHaveValue(today);
  await expect(funnel.getByTestId('funnel-total-submitted')).toHaveText(/^[1-9]\d*$/);
  for (const stage of ['approved', 'signed', 'installed', 'live']) await expect(funnel.getByTestId(`funnel-total-${stage}`)).toHaveText(/^\d+$/);

  // Export the funnel table for that range: a UTF-8 CSV with a BOM (so spreadsheet programs read the Chinese) and Chinese headers.
  const downloading = page.waitForEvent('download');
  await page.getByTestId('analytics-export-funnel').click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe(`funnel-${weekAgo}-${today}.csv`);
  const bytes = readFileSync((await download.path())!);
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const lines = bytes.subarray(3).toString('utf8').split(/\r?\n/).filter(Boolean);
  expect(lines[0]).toBe('周起始日,提交,通过,签约,装机,上线');
  // One row per week of the range, each starting with its Monday.
  expect(lines.length).toBeGreaterThan(1);
  for (const line of lines.slice(1)) expect(line).toMatch(/^\d{4}-\d{2}-\d{2}(,\d+){5}$/);
});
