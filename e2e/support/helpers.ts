import { fileURLToPath } from 'node:url';
import { expect, type Page } from '@playwright/test';

export const PASSWORD = 'PosDemo2026';

/** Real JPEG, PNG and PDF files (the API's test fixtures). */
export const fixture = (name: string) => fileURLToPath(new URL(`../../apps/api/test/support/fixtures/${name}`, import.meta.url));

export async function signIn(page: Page, loginName: string, password = PASSWORD) {
  await page.goto('/login');
  await page.locator('#login-name').fill(loginName);
  await page.locator('#password').fill(password);
  await page.getByTestId('login-submit').click();
  await expect(page.getByTestId('current-user')).toBeVisible();
}

export async function signOut(page: Page) {
  await page.getByTestId('logout').click();
  await expect(page).toHaveURL(/\/login/);
}

/** Picks an option of an antd Select: opens it, types when it is searchable, clicks the option. */
export async function choose(page: Page, selectInputId: string, text: string) {
  const input = page.locator(`#${selectInputId}`);
  await input.click({ force: true });
  if (await input.isEditable()) await input.fill(text);
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasText: text }).first().click();
}

/** Registers a new merchant through the UI and lands on the merchant home. */
export async function registerMerchant(page: Page, mobile: string, displayName: string, password = 'Newshop2026ok') {
  await page.goto('/register');
  await page.locator('#register_loginName').fill(mobile);
  await page.locator('#register_displayName').fill(displayName);
  await page.locator('#register_password').fill(password);
  await page.locator('#register_confirmPassword').fill(password);
  await page.getByTestId('register-submit').click();
  await expect(page).toHaveURL(/\/merchant/);
}

/**
 * Steps the application wizard forward to its documents step, one click at a time: each click saves and then
 * moves, so it waits for the step to change before clicking again (clicking too early skipped past the documents).
 */
export async function stepToDocuments(page: Page) {
  const visibleStep = () => page.locator('[data-testid^="wizard-step-"]:not([hidden])').first().getAttribute('data-testid');
  for (let clicks = 0; clicks < 6 && (await visibleStep()) !== 'wizard-step-documents'; clicks++) {
    const before = await visibleStep();
    await page.getByTestId('wizard-next').click();
    await expect.poll(visibleStep).not.toBe(before);
  }
  await expect(page.getByTestId('wizard-step-documents')).toBeVisible();
}
