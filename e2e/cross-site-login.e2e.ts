import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, test } from '@playwright/test';
import { PASSWORD } from './support/helpers';

/**
 * Issue 16, sign-in CSRF: a plain HTML form on another site posting to the portal's login signed the visitor into the
 * attacker's account (seen in Chromium), so a victim would then type an ID number and bank account into it. Here a
 * page on another site (http://localhost:<its own port>, while the portal is http://127.0.0.1:3100: another host and
 * port, so Chromium marks the post Sec-Fetch-Site: cross-site) submits itself on load with a real demo account's
 * credentials. The portal refuses the post, sets no cookie, and the portal opened afterwards in the same browser
 * context is not signed in.
 */

/** The attacker's pages: a form posting URL-encoded (what a form sends by default), and one posting text/plain JSON. */
function attackerPages(portal: string): Record<string, string> {
  const credentials = { loginName: '13800138000', password: PASSWORD };
  const page = (form: string) => `<!doctype html><html><body onload="document.forms[0].submit()">${form}</body></html>`;
  return {
    '/urlencoded': page(
      `<form method="post" action="${portal}/api/auth/login">` +
        `<input name="loginName" value="${credentials.loginName}"><input name="password" value="${credentials.password}"></form>`,
    ),
    // enctype=text/plain sends `name=value`: this name and value make the body read as the JSON login request.
    '/text-plain-json': page(
      `<form method="post" enctype="text/plain" action="${portal}/api/auth/login">` +
        `<input name='{"loginName":"${credentials.loginName}","password":"${credentials.password}","x":"' value='"}'></form>`,
    ),
  };
}

let attacker: Server;
let attackerOrigin: string;

test.beforeAll(async ({ baseURL }) => {
  const pages = attackerPages(baseURL!);
  attacker = createServer((request, response) => {
    const body = pages[request.url ?? ''];
    response.writeHead(body ? 200 : 404, { 'content-type': 'text/html; charset=utf-8' }).end(body ?? 'not found');
  });
  await new Promise<void>((resolve) => attacker.listen(0, '127.0.0.1', resolve));
  attackerOrigin = `http://localhost:${(attacker.address() as AddressInfo).port}`;
});

test.afterAll(async () => {
  await new Promise((resolve) => attacker?.close(resolve));
});

for (const [label, path] of [
  ['a URL-encoded form', '/urlencoded'],
  ['a text/plain form shaped as JSON', '/text-plain-json'],
] as const) {
  test(`${label} on another site that posts to the login signs nobody in`, async ({ page, context, baseURL }) => {
    const loginPost = page.waitForResponse((response) => response.url() === `${baseURL}/api/auth/login` && response.request().method() === 'POST');
    await page.goto(`${attackerOrigin}${path}`);
    const response = await loginPost;

    // Chromium did send it, from another site, and the portal refused it.
    const headers = await response.request().allHeaders();
    expect(headers['sec-fetch-site']).toBe('cross-site');
    expect([400, 403]).toContain(response.status());
    expect(await response.headerValue('set-cookie')).toBeNull();
    expect((await context.cookies(baseURL)).map((cookie) => cookie.name)).not.toContain('pos_refresh');

    // The form's navigation ends on the refusal, which shows the error shape and nothing else.
    await page.waitForURL(`${baseURL}/api/auth/login`);
    expect(JSON.parse((await page.locator('body').textContent()) ?? '{}')).toMatchObject({ code: expect.stringMatching(/^(VALIDATION_FAILED|FORBIDDEN)$/) });

    // The portal, opened afterwards in the same browser, asks the visitor to sign in.
    const portal = await context.newPage();
    await portal.goto('/merchant');
    await expect(portal).toHaveURL(/\/login/);
    await expect(portal.getByTestId('login-submit')).toBeVisible();
    await expect(portal.getByTestId('current-user')).toHaveCount(0);
  });
}
