import { expect, type Page, test } from '@playwright/test';
import { Api, applicationFields } from './support/api.js';
import { signIn } from './support/helpers.js';
import { freshCreditCode, freshMobile } from './support/unique.js';

/** The bell's number, 0 when it shows none. */
async function bellCount(page: Page): Promise<number> {
  const count = page.getByTestId('notification-count');
  if ((await count.count()) === 0) return 0;
  return Number((await count.textContent())?.trim());
}

/**
 * The bell polls every 30 s and again when the window regains focus: tell the page it is visible again (what
 * switching back to its tab does) instead of waiting for the poll.
 */
async function refocus(page: Page) {
  // As the browser does: "visibilitychange" at the document, bubbling to the window where the listeners are.
  await page.evaluate(() => document.dispatchEvent(new Event('visibilitychange', { bubbles: true })));
}

test('notifications: the merchant sees the bell count rise when the reviewer requests changes, and reads it', async ({ page, request }) => {
  test.setTimeout(90_000);
  const api = new Api(request);
  const mobile = freshMobile('136');
  const registered = await request.post('/api/auth/register', { data: { loginName: mobile, password: 'PosDemo2026', displayName: '铃铛店主' } });
  expect(registered.ok()).toBe(true);
  const application = await api.submittedApplication(mobile, applicationFields('铃铛杂货铺', freshCreditCode(), '林铃', mobile));

  // The merchant is on the portal home; whatever the bell shows now is the baseline.
  await signIn(page, mobile);
  await expect(page).toHaveURL(/\/merchant$/);
  await expect(page.getByTestId('notification-bell')).toBeVisible();
  await page.waitForLoadState('networkidle');
  const before = await bellCount(page);

  // The reviewer claims the application and asks for a new contact person.
  const reviewer = await api.token('reviewer@dongfang-bank.example');
  const message = `请更新联系人 ${Date.now().toString(36)}`;
  await api.call(reviewer, 'POST', `/api/console/applications/${application.id}/claim`);
  await api.call(reviewer, 'POST', `/api/console/applications/${application.id}/request-changes`, { fields: ['contactName'], documentTypes: [], message });

  // Back on the merchant's page, the count goes up by one without a reload.
  await expect
    .poll(
      async () => {
        await refocus(page);
        return bellCount(page);
      },
      { timeout: 15_000, intervals: [500, 1_000, 2_000] },
    )
    .toBe(before + 1);
  await expect(page.getByTestId('notification-bell')).toHaveAccessibleName(`通知，${before + 1} 条未读`);

  // The panel lists it first, unread, in the merchant's words.
  await page.getByTestId('notification-bell').click();
  const item = page.getByTestId('notification-item').filter({ hasText: `申请 ${application.reference} 需要补充材料` });
  await expect(item).toHaveCount(1);
  await expect(item).toHaveAttribute('data-unread', 'true');
  await expect(item).toContainText(`审核员请您修改或补充部分信息：${message}`);

  // Opening it goes to the application and marks it read: the count drops back.
  await item.click();
  await expect(page).toHaveURL(new RegExp(`/merchant/applications/${application.id}$`));
  await expect(page.getByTestId('change-request')).toContainText(message);
  await expect.poll(() => bellCount(page), { timeout: 10_000 }).toBe(before);

  // It stays read after a reload, and the centre shows it as read.
  await page.reload();
  await expect(page.getByTestId('notification-bell')).toBeVisible();
  await page.waitForLoadState('networkidle');
  expect(await bellCount(page)).toBe(before);
  await page.goto('/merchant/notifications');
  const listed = page.getByTestId('notification-list').getByTestId('notification-item').filter({ hasText: `申请 ${application.reference} 需要补充材料` });
  await expect(listed).toHaveAttribute('data-unread', 'false');
});
