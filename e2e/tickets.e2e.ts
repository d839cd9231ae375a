import { type Browser, expect, type Page, test } from '@playwright/test';
import { choose, signIn, signOut } from './support/helpers.js';

const MERCHANT = '13800138000';
const SUPPORT = 'support@dongfang-bank.example';
const TERMINAL = 'DF-A8-DEMO-000001';

/** The merchant works at the till on a phone. */
async function phone(browser: Browser) {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  return { context, page: await context.newPage() };
}

/** Nothing on the phone screen scrolls sideways. */
async function expectFitsPhone(page: Page) {
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
}

/** The PIN_ERROR tree entered with code 55, as the merchant walks it without luck: title and who acts. */
const PIN_STEPS = [
  { title: '仔细重新输入密码', actor: '持卡人' },
  { title: '检查密码键盘', actor: '收银员' },
  { title: '重启终端并重新签到', actor: '收银员' },
  { title: '请持卡人联系发卡行', actor: '持卡人' },
  { title: '联系服务商', actor: '服务商' },
];

test('tickets: a merchant walks the PIN-error steps on a phone, opens a ticket, support works it to resolved, the merchant rates it', async ({ browser }) => {
  test.setTimeout(180_000);
  const stamp = Date.now().toString(36);
  const description = `E2E ${stamp}：顾客输密码后一直提示 55，换了几张卡都一样`;
  const internalNote = `内部备注 ${stamp}：疑似密码键盘主密钥失效，先别告诉商户`;
  const firstReply = `客服回复 ${stamp}：您好，我们正在检查这台终端的密钥。`;
  const waitNote = `请问 ${stamp}：出问题的是芯片卡还是磁条卡？请回复。`;
  const merchantAnswer = `商户回答 ${stamp}：都是芯片卡。`;
  const resolveNote = `已处理 ${stamp}：已远程更新密钥，请再试一笔。`;
  const ratingComment = `评价 ${stamp}：处理很快`;

  // ── The merchant, on a phone, picks the terminal, the fault and the code on the screen. ──
  const { context: merchantContext, page: merchant } = await phone(browser);
  await signIn(merchant, MERCHANT);
  await merchant.goto('/merchant/troubleshoot');
  await expect(merchant.getByTestId('page-title')).toHaveText('故障排查');
  // The only terminal is chosen already.
  await expect(merchant.getByTestId('ts-terminal')).toContainText(TERMINAL);
  await merchant.getByTestId('ts-category-PIN_ERROR').click();
  await expect(merchant.getByTestId('ts-category-PIN_ERROR')).toHaveAttribute('aria-pressed', 'true');
  await choose(merchant, 'troubleshoot_responseCode', '55 密码错误');
  await expect(merchant.getByTestId('ts-response-code')).toContainText('55 密码错误');
  await expectFitsPhone(merchant);
  await merchant.getByTestId('ts-start').click();
  await expect(merchant).toHaveURL(/\/merchant\/troubleshoot\/[0-9a-f-]{36}$/);
  await expect(merchant.getByText(`终端 ${TERMINAL} · 密码错误`)).toBeVisible();
  await expect(merchant.getByText('错误代码 55')).toBeVisible();

  // ── Step by step, none of it helps. ──
  for (const [index, step] of PIN_STEPS.entries()) {
    await expect(merchant.getByTestId('ts-step-title')).toHaveText(step.title);
    await expect(merchant.getByTestId('ts-step-actor')).toHaveText(step.actor);
    await expect(merchant.getByTestId('ts-progress')).toHaveText(`已尝试 ${index} 步`);
    await expect(merchant.getByTestId('ts-solved')).toBeVisible();
    await merchant.getByTestId('ts-not-solved').click();
  }

  // ── The end of the walk offers a ticket, listing what was tried. ──
  await expect(merchant.getByText('以上步骤没有解决问题')).toBeVisible();
  const tried = merchant.getByTestId('ts-steps-tried');
  for (const [index, step] of PIN_STEPS.entries()) await expect(tried).toContainText(`${index + 1}. ${step.title}`);
  await expect(tried.getByText('没有解决')).toHaveCount(PIN_STEPS.length);
  await expectFitsPhone(merchant);
  await merchant.getByTestId('ts-description').fill(description);
  await merchant.getByTestId('ts-open-ticket').click();

  // ── The ticket: reference, status, subject, the steps tried. ──
  await expect(merchant).toHaveURL(/\/merchant\/tickets\/[0-9a-f-]{36}$/);
  const ticketUrl = merchant.url();
  await expect(merchant.getByTestId('ticket-reference')).toHaveText(/^TK-\S+$/);
  const reference = (await merchant.getByTestId('ticket-reference').textContent())!.trim();
  await expect(merchant.getByTestId('ticket-status')).toHaveText('待处理');
  await expect(merchant.getByTestId('page-title')).toHaveText('密码错误（应答码 55）：已自助排查 5 步未解决');
  await expect(merchant.getByText(description)).toBeVisible();
  await expect(merchant.getByTestId('ticket-next-response')).toContainText('北京时间');
  const stepsTried = merchant.getByTestId('ticket-steps-tried');
  await stepsTried.getByText('已尝试的排查步骤（5 步）').click();
  for (const [index, step] of PIN_STEPS.entries()) await expect(stepsTried).toContainText(`${index + 1}. ${step.title}`);
  await expect(stepsTried.getByText('服务商', { exact: true })).toBeVisible();
  await expect(merchant.getByText('还没有回复。服务商回复后会显示在这里。')).toBeVisible();
  await expectFitsPhone(merchant);

  // The walk now points at its ticket, and the ticket is in the merchant's list.
  await merchant.goto('/merchant/tickets');
  const row = merchant.getByTestId(`ticket-row-${reference}`);
  await expect(row).toContainText('密码错误（应答码 55）');
  await expect(row.getByTestId('ticket-status')).toHaveText('待处理');
  await expect(row).toContainText(TERMINAL);

  // ── Support finds it at the top of the desk, with its SLA. ──
  const desk = await browser.newPage();
  await signIn(desk, SUPPORT);
  await expect(desk.getByTestId('current-user')).toContainText('赵客服');
  await desk.goto('/console/tickets');
  await expect(desk.getByRole('columnheader', { name: 'SLA' })).toBeVisible();
  const deskRow = desk.getByTestId(`desk-row-${reference}`);
  await expect(deskRow).toContainText('密码错误（应答码 55）：已自助排查 5 步未解决');
  await expect(deskRow.getByTestId('ticket-status')).toHaveText('待处理');
  await expect(deskRow.getByTestId('desk-row-sla')).toHaveText(/后到期$/);
  await expect(deskRow).toContainText('未分配');
  await desk.getByTestId(`desk-link-${reference}`).click();

  await expect(desk.getByTestId('page-title')).toHaveText(reference);
  await expect(desk.getByTestId('desk-status')).toHaveText('待处理');
  await expect(desk.getByTestId('desk-terminal')).toHaveText(TERMINAL);
  await expect(desk.getByTestId('desk-sla')).toHaveText(/后到期$/);
  await expect(desk.getByText(description)).toBeVisible();
  await expect(desk.getByTestId('desk-tried-step')).toHaveCount(PIN_STEPS.length);
  await expect(desk.getByTestId('desk-tried')).toContainText('排障未解决，已转为工单');
  await desk.getByTestId('desk-assign-me').click();
  await expect(desk.getByTestId('desk-assignee')).toContainText('赵客服');
  await expect(desk.getByTestId('desk-assign-me')).toHaveCount(0);

  // An internal note for colleagues: marked as such, and it changes nothing for the merchant.
  await desk.getByTestId('desk-internal-toggle').click();
  await desk.getByTestId('desk-reply-body').fill(internalNote);
  await desk.getByTestId('desk-reply-send').click();
  const note = desk.locator('[data-testid="desk-message"][data-internal="true"]');
  await expect(note).toContainText(internalNote);
  await expect(note.getByTestId('desk-internal-badge')).toHaveText('内部备注，商户不可见');
  await expect(desk.getByTestId('desk-status')).toHaveText('待处理');

  // The first reply to the merchant picks the ticket up.
  await desk.getByTestId('desk-internal-toggle').click();
  await expect(desk.getByTestId('desk-reply-send')).toHaveText(/发送给商户/);
  await desk.getByTestId('desk-reply-body').fill(firstReply);
  await desk.getByTestId('desk-reply-send').click();
  await expect(desk.locator('[data-testid="desk-message"]:not([data-internal])')).toContainText(firstReply);
  await expect(desk.getByTestId('desk-status')).toHaveText('处理中');

  // The merchant sees the reply, not the note.
  await merchant.goto(ticketUrl);
  await expect(merchant.getByTestId('ticket-status')).toHaveText('处理中');
  await expect(merchant.getByTestId('ticket-message').filter({ hasText: firstReply })).toContainText('赵客服');
  await expect(merchant.getByTestId('ticket-message')).toHaveCount(1);
  await expect(merchant.locator('body')).not.toContainText(internalNote);

  // ── Support asks the merchant something: the ticket waits on them and the clock stops. ──
  await desk.getByTestId('desk-event-WAIT_ON_MERCHANT').click();
  await desk.getByTestId('desk-event-note').fill(waitNote);
  await desk.getByTestId('desk-event-confirm').click();
  await expect(desk.getByTestId('desk-status')).toHaveText('等待商户回复');
  await expect(desk.getByTestId('desk-sla')).toHaveText('SLA 计时已暂停');
  await expect(desk.getByTestId('desk-message').filter({ hasText: waitNote })).toBeVisible();

  await merchant.reload();
  await expect(merchant.getByTestId('ticket-status')).toHaveText('待您回复');
  await expect(merchant.getByTestId('ticket-next-response')).toHaveText('已暂停');
  await expect(merchant.getByTestId('ticket-message').filter({ hasText: waitNote })).toBeVisible();
  await expect(merchant.locator('body')).not.toContainText(internalNote);
  await merchant.getByTestId('ticket-reply-body').fill(merchantAnswer);
  await merchant.getByTestId('ticket-reply-send').click();
  await expect(merchant.getByTestId('ticket-message').filter({ hasText: merchantAnswer })).toHaveAttribute('data-side', 'MERCHANT');
  await expect(merchant.getByTestId('ticket-status')).toHaveText('处理中');
  await expect(merchant.getByTestId('ticket-next-response')).toContainText('北京时间');

  // ── Support sees the answer and resolves. ──
  await desk.reload();
  await expect(desk.getByTestId('desk-status')).toHaveText('处理中');
  await expect(desk.getByTestId('desk-message').filter({ hasText: merchantAnswer })).toHaveAttribute('data-side', 'MERCHANT');
  await desk.getByTestId('desk-event-RESOLVE').click();
  await desk.getByTestId('desk-event-note').fill(resolveNote);
  await desk.getByTestId('desk-event-confirm').click();
  await expect(desk.getByTestId('desk-status')).toHaveText('已解决');
  await expect(desk.getByTestId('desk-message').filter({ hasText: resolveNote })).toBeVisible();

  // ── The merchant rates it, which closes it. ──
  await merchant.reload();
  await expect(merchant.getByTestId('ticket-status')).toHaveText('已解决');
  await expect(merchant.getByTestId('ticket-message').filter({ hasText: resolveNote })).toBeVisible();
  await expect(merchant.getByTestId('ticket-rating')).toContainText('问题解决了吗？请为本次服务评分');
  await merchant.getByTestId('ticket-rate').getByRole('radio').nth(3).click();
  await merchant.getByTestId('ticket-rate-comment').fill(ratingComment);
  await merchant.getByTestId('ticket-rate-submit').click();
  await expect(merchant.getByTestId('ticket-status')).toHaveText('已关闭');
  await expect(merchant.getByText('您的评分：4 星')).toBeVisible();
  await expect(merchant.getByText(ratingComment)).toBeVisible();
  await expect(merchant.getByTestId('ticket-rating')).toHaveCount(0);
  await expect(merchant.getByTestId('ticket-reply-closed')).toBeVisible();
  await expect(merchant.locator('body')).not.toContainText(internalNote);
  await expectFitsPhone(merchant);

  await merchant.goto('/merchant/tickets');
  await expect(merchant.getByTestId(`ticket-row-${reference}`).getByTestId('ticket-status')).toHaveText('已关闭');
  await signOut(merchant);
  await merchantContext.close();

  // Support sees it closed with the rating; it has left the working queue.
  await desk.reload();
  await expect(desk.getByTestId('desk-status')).toHaveText('已关闭');
  await expect(desk.getByText(`4 / 5 分 · ${ratingComment}`)).toBeVisible();
  await expect(desk.getByText('工单已关闭，不能再回复。')).toBeVisible();
  await desk.goto('/console/tickets');
  await expect(desk.getByTestId('desk-queue')).toBeVisible();
  await expect(desk.getByTestId('desk-count')).toBeVisible();
  await expect(desk.getByTestId(`desk-row-${reference}`)).toHaveCount(0);
  await desk.close();
});

test('troubleshooting: a printer fault solved at the first step is recorded as self-service', async ({ browser }) => {
  const { context, page } = await phone(browser);
  await signIn(page, MERCHANT);
  await page.goto('/merchant/troubleshoot');
  await expect(page.getByTestId('ts-terminal')).toContainText(TERMINAL);
  await page.getByTestId('ts-category-PRINTER').click();
  await page.getByTestId('ts-start').click();
  await expect(page.getByTestId('ts-step-title')).toHaveText('检查打印纸');
  await expect(page.getByTestId('ts-step-actor')).toHaveText('收银员');
  await page.getByTestId('ts-solved').click();
  await expect(page.getByTestId('ts-resolved-result')).toContainText('问题已解决，已记录为自助解决');
  await expect(page.getByTestId('ts-step-title')).toHaveCount(0);
  await expectFitsPhone(page);
  await context.close();
});
