import type { SaveTroubleshootingTreeRequest, TroubleshootingTreeDefinition, TroubleshootingTreeView } from '@pos/shared';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { sessionStore } from '../../../lib/session-store';
import { errorResponse, jsonResponse, makeSession, mockApi } from '../../../test/fetch-mock';
import { renderApp } from '../../../test/render';
import { TreeEditor } from './tree-editor';

const admin = makeSession({ role: 'PLATFORM_ADMIN', displayName: '平台管理员' });

const definition: TroubleshootingTreeDefinition = {
  entryStepId: 'reenter-pin',
  entryByResponseCode: { '75': 'call-bank' },
  steps: [
    {
      id: 'reenter-pin',
      actor: 'CARDHOLDER',
      title: { zh: '仔细重新输入密码', en: 'Re-enter the PIN carefully' },
      instruction: { zh: '请持卡人遮挡键盘慢慢输入。', en: 'Shield the keypad and type slowly.' },
      next: 'call-bank',
    },
    {
      id: 'call-bank',
      actor: 'CARDHOLDER',
      title: { zh: '联系发卡行', en: 'Call the issuing bank' },
      instruction: { zh: '请持卡人拨打卡背面的客服电话。', en: 'Call the number on the back of the card.' },
      next: null,
    },
  ],
};
const tree: TroubleshootingTreeView = { category: 'PIN_ERROR', version: 3, definition, createdAt: '2026-05-01T02:00:00.000Z' };

function openEditor(handlers: Parameters<typeof mockApi>[0] = {}) {
  sessionStore.signIn(admin);
  const api = mockApi({
    'GET /api/admin/troubleshooting-trees': () => jsonResponse(200, [tree]),
    'GET /api/admin/troubleshooting-trees/PIN_ERROR/versions': () =>
      jsonResponse(200, {
        category: 'PIN_ERROR',
        versions: [
          { version: 3, createdAt: '2026-05-01T02:00:00.000Z', createdBy: { id: 'a-1', displayName: '平台管理员' } },
          { version: 2, createdAt: '2026-04-01T02:00:00.000Z', createdBy: null },
        ],
      }),
    ...handlers,
  });
  return { ...renderApp('/admin/troubleshooting/PIN_ERROR'), api };
}

async function chooseNext(user: ReturnType<typeof userEvent.setup>, stepIndex: number, option: RegExp | string) {
  await user.click(within(screen.getByTestId(`tree-step-${stepIndex}-next`)).getByRole('combobox'));
  const options = await screen.findAllByText(option, { selector: '.ant-select-item-option-content' });
  await user.click(options.at(-1) as HTMLElement);
}

describe(TreeEditor.name, () => {
  it('shows the cycle the shared check finds and does not save until it is fixed', async () => {
    const { api } = openEditor({
      'PUT /api/admin/troubleshooting-trees/PIN_ERROR': ({ body }) => jsonResponse(200, { ...tree, version: 4, definition: (body as SaveTroubleshootingTreeRequest).definition }),
    });
    const user = userEvent.setup();

    expect(await screen.findByTestId('tree-step-1')).toHaveTextContent('call-bank');
    expect(await screen.findAllByTestId('tree-version')).toHaveLength(2);
    expect(screen.getByText('检查通过，可以保存')).toBeInTheDocument();

    // call-bank's "did not help" back to the first step: a walk that never ends.
    await chooseNext(user, 1, /^reenter-pin · /);
    expect(await screen.findByTestId('tree-level-problem')).toHaveTextContent('步骤之间形成了循环，排障流程必须能走到结束');
    await user.click(screen.getByTestId('tree-editor-save'));
    expect(await screen.findByText('请先修正标出的问题')).toBeInTheDocument();
    expect(api.callsTo('PUT /api/admin/troubleshooting-trees/PIN_ERROR')).toHaveLength(0);

    await chooseNext(user, 1, '结束 → 建议提交工单');
    await waitFor(() => expect(screen.queryByTestId('tree-level-problem')).not.toBeInTheDocument());

    // Renaming a step carries every reference to it along.
    const id = screen.getByTestId('tree-step-1-id');
    await user.clear(id);
    await user.type(id, 'contact-bank');
    await user.click(screen.getByTestId('tree-editor-save'));

    await waitFor(() => expect(api.callsTo('PUT /api/admin/troubleshooting-trees/PIN_ERROR')).toHaveLength(1));
    const sent = api.callsTo('PUT /api/admin/troubleshooting-trees/PIN_ERROR')[0]?.body as SaveTroubleshootingTreeRequest;
    expect(sent.definition).toEqual<TroubleshootingTreeDefinition>({
      entryStepId: 'reenter-pin',
      entryByResponseCode: { '75': 'contact-bank' },
      steps: [{ ...definition.steps[0]!, next: 'contact-bank' }, { ...definition.steps[1]!, id: 'contact-bank', next: null }],
    });
    expect(await screen.findByText('已保存为第 4 版')).toBeInTheDocument();
  });

  it('marks a missing English title next to its field and shows the server’s field errors', async () => {
    const { api } = openEditor({
      'PUT /api/admin/troubleshooting-trees/PIN_ERROR': () =>
        errorResponse(400, {
          code: 'VALIDATION_FAILED',
          message: '提交的信息有误，请检查标出的字段',
          details: { fields: [{ field: 'definition.steps.0.instruction.zh', code: 'tooLong', message: '内容过长' }] },
        }),
    });
    const user = userEvent.setup();

    const titleEn = await screen.findByTestId('tree-step-0-title-en');
    await user.clear(titleEn);
    expect(within(screen.getByTestId('tree-step-0')).getByText('此项为必填')).toBeInTheDocument();
    expect(screen.getByTestId('tree-problem-count')).toHaveTextContent('还有 1 个问题需要修正');
    await user.type(titleEn, 'Re-enter the PIN');

    await user.click(screen.getByTestId('tree-editor-save'));
    await waitFor(() => expect(api.callsTo('PUT /api/admin/troubleshooting-trees/PIN_ERROR')).toHaveLength(1));
    expect(await within(screen.getByTestId('tree-step-0')).findByText('内容过长')).toBeInTheDocument();
    expect(screen.getByTestId('tree-save-error')).toHaveTextContent('保存失败');
  });
});
