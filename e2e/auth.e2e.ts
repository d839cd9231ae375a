import { expect, type Page, test } from '@playwright/test';

const PASSWORD = 'PosDemo2026';

/** Each demo role, the area its home lives in, and a word its home page shows. */
const ROLES = [
  { role: 'MERCHANT', loginName: '13800138000', displayName: '王小明', path: /\/merchant/ },
  { role: 'REVIEWER', loginName: 'reviewer@dongfang-bank.example', displayName: '李审核', path: /\/console/ },
  { role: 'SUPPORT', loginName: 'support@dongfang-bank.example', displayName: '赵客服', path: /\/console/ },
  { role: 'TECHNICIAN', loginName: 'tech@dongfang-bank.example', displayName: '钱师傅', path: /\/console/ },
  { role: 'PROVIDER_ADMIN', loginName: 'admin@dongfang-bank.example', displayName: '孙主管', path: /\/console/ },
  { role: 'PLATFORM_ADMIN', loginName: 'ops@pos-portal.example', displayName: '平台运营', path: /\/admin/ },
] as const;

async function signIn(page: Page, loginName: string, password = PASSWORD) {
  await page.goto('/login');
  await page.locator('#login-name').fill(loginName);
  await page.locator('#password').fill(password);
  await page.getByTestId('login-submit').click();
}

for (const account of ROLES) {
  test(`${account.role} signs in and lands on their own home page`, async ({ page }) => {
    await signIn(page, account.loginName);
    await expect(page).toHaveURL(account.path);
    await expect(page.getByTestId('home-title')).toBeVisible();
    await expect(page.getByTestId('current-user')).toContainText(account.displayName);
  });
}

test('a merchant cannot open the provider console', async ({ page }) => {
  await signIn(page, '13800138000');
  await expect(page).toHaveURL(/\/merchant/);
  await page.goto('/console');
  await expect(page).toHaveURL(/\/merchant/);
});

test('the session survives a reload (refresh cookie) and ends on logout', async ({ page }) => {
  await signIn(page, 'admin@dongfang-bank.example');
  await expect(page.getByTestId('home-title')).toBeVisible();
  await page.reload();
  await expect(page.getByTestId('current-user')).toContainText('孙主管');
  await page.getByTestId('logout').click();
  await expect(page).toHaveURL(/\/login/);
  await page.goto('/console');
  await expect(page).toHaveURL(/\/login/);
});

test('a provider admin sees their own staff only', async ({ page }) => {
  await signIn(page, 'admin@dongfang-bank.example');
  await page.goto('/console/staff');
  await expect(page.getByRole('cell', { name: '李审核' })).toBeVisible();
  await expect(page.getByRole('cell', { name: '吴审核' })).toHaveCount(0);
});

test('a wrong password shows a translated error, and English can be switched on', async ({ page }) => {
  await signIn(page, '13800138000', 'Wrongpass2026');
  await expect(page.getByText('账号或密码错误')).toBeVisible();
  await page.getByTestId('language-switch').click();
  await page.getByTestId('login-submit').click();
  await expect(page.getByText('The account or password is incorrect')).toBeVisible();
});

test('a new merchant registers and arrives at the merchant home', async ({ page }) => {
  await page.goto('/register');
  await page.locator('#register_loginName').fill('13655550000');
  await page.locator('#register_displayName').fill('新店主');
  await page.locator('#register_password').fill('Newshop2026ok');
  await page.locator('#register_confirmPassword').fill('Newshop2026ok');
  await page.getByTestId('register-submit').click();
  await expect(page).toHaveURL(/\/merchant/);
  await expect(page.getByTestId('current-user')).toContainText('新店主');
});
