import type { AgreementTemplateView, CreateAgreementTemplateRequest } from '@pos/shared';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { sessionStore } from '../../../lib/session-store';
import { errorResponse, jsonResponse, makeSession, mockApi } from '../../../test/fetch-mock';
import { makeProviderDetail } from '../../../test/fixtures';
import { renderApp } from '../../../test/render';
import { admin } from '../../../test/review-fixtures';
import { AgreementTemplatePanel, unknownPlaceholders } from './agreement-template-panel';

const profile = { ...makeProviderDetail(), secondApprovalTerminalThreshold: 5, secondApprovalMccs: [], inspectionIntervalDays: 90 };
const template = (version: number, body: string): AgreementTemplateView => ({
  id: `tpl-${version}`,
  version,
  title: `POS 服务协议 v${version}`,
  body,
  titleEn: '',
  bodyEn: '',
  createdAt: `2026-0${version}-01T02:00:00.000Z`,
});
const PATH = '/api/console/provider/agreement-templates';

describe(AgreementTemplatePanel.name, () => {
  it('lists the versions newest first and publishes the next with an inserted placeholder', async () => {
    sessionStore.signIn(makeSession(admin));
    const api = mockApi({
      'GET /api/console/provider/profile': () => jsonResponse(200, profile),
      [`GET ${PATH}`]: () => jsonResponse(200, { items: [template(1, '甲方：{{providerName}}'), template(2, '甲方：{{providerName}}\n乙方：')] }),
      [`POST ${PATH}`]: ({ body }) => jsonResponse(201, { ...template(3, ''), ...(body as CreateAgreementTemplateRequest) }),
    });
    renderApp('/console/provider-settings?tab=agreement');
    const user = userEvent.setup();

    const versions = await screen.findAllByTestId('template-version');
    expect(versions.map((cell) => cell.textContent)).toEqual(['第 2 版', '第 1 版']);
    const body = screen.getByTestId('template-body');
    expect(body).toHaveValue('甲方：{{providerName}}\n乙方：');

    await user.click(body);
    await user.keyboard('{Control>}{End}{/Control}');
    await user.click(screen.getByTestId('placeholder-merchantName'));
    expect(body).toHaveValue('甲方：{{providerName}}\n乙方：{{merchantName}}');
    await user.click(screen.getByTestId('template-publish'));

    await waitFor(() => expect(api.callsTo(`POST ${PATH}`)).toHaveLength(1));
    expect(api.callsTo(`POST ${PATH}`)[0]?.body).toEqual({ title: 'POS 服务协议 v2', body: '甲方：{{providerName}}\n乙方：{{merchantName}}' });
    expect(await screen.findByText('已发布第 3 版')).toBeInTheDocument();
  });

  it('refuses an unknown placeholder in the browser and shows the server’s error on the field', async () => {
    sessionStore.signIn(makeSession(admin));
    const api = mockApi({
      'GET /api/console/provider/profile': () => jsonResponse(200, profile),
      [`GET ${PATH}`]: () => jsonResponse(200, { items: [] }),
      [`POST ${PATH}`]: () =>
        errorResponse(400, {
          code: 'VALIDATION_FAILED',
          message: '提交的信息有误',
          details: { fields: [{ field: 'title', code: 'maxLength', message: '标题过长' }] },
        }),
    });
    renderApp('/console/provider-settings?tab=agreement');
    const user = userEvent.setup();

    await user.type(await screen.findByTestId('template-title'), '协议');
    await user.type(screen.getByTestId('template-body'), '费率见{{{{feeTable}}');
    await user.click(screen.getByTestId('template-publish'));
    expect(await screen.findByText('模板中有不支持的占位符：feeTable')).toBeInTheDocument();
    expect(api.callsTo(`POST ${PATH}`)).toHaveLength(0);

    await user.clear(screen.getByTestId('template-body'));
    await user.type(screen.getByTestId('template-body'), '正文');
    await user.click(screen.getByTestId('template-publish'));
    const error = await screen.findByText('标题过长');
    expect(error.closest('.ant-form-item')).toContainElement(screen.getByTestId('template-title'));
  });

  it('finds placeholders the generator does not know', () => {
    expect(unknownPlaceholders('{{ merchantName }} {{fee}} {{date}}')).toEqual(['fee']);
  });
});
