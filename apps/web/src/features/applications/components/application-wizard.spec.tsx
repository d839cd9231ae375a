import { FIELD_RULE_MESSAGES, type ApplicationView, type SaveApplicationDraftRequest } from '@pos/shared';
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { sessionStore } from '../../../lib/session-store';
import { errorResponse, jsonResponse, makeSession, mockApi, type RecordedCall } from '../../../test/fetch-mock';
import { makeApplication, makeCompleteApplication, makeDocument, makeProviderDetail } from '../../../test/fixtures';
import { renderApp } from '../../../test/render';
import { mockXhr } from '../../../test/xhr-mock';
import { ApplicationWizard } from './application-wizard';

const zh = FIELD_RULE_MESSAGES['zh-CN'];
const VALID_CREDIT_CODE = '91350100M000100Y43';
const VALID_RESIDENT_ID = '11010519491231002X';

type Handlers = Parameters<typeof mockApi>[0];

/** Signs in a merchant and opens their application, served from `view` (PATCH answers merge the body into it). */
function openWizard(view: ApplicationView, handlers: Handlers = {}) {
  sessionStore.signIn(makeSession());
  let current = view;
  const api = mockApi({
    [`GET /api/applications/${view.id}`]: () => jsonResponse(200, current),
    'GET /api/providers/p-bank': () => jsonResponse(200, makeProviderDetail()),
    [`PATCH /api/applications/${view.id}`]: ({ body }: RecordedCall) => {
      const { legalRepIdNumber, settlementAccountNumber, ...fields } = body as SaveApplicationDraftRequest;
      current = {
        ...current,
        ...fields,
        ...(legalRepIdNumber ? { legalRepIdMasked: `${legalRepIdNumber.slice(0, 3)}***********${legalRepIdNumber.slice(-4)}` } : {}),
        ...(settlementAccountNumber ? { settlementAccountMasked: `${settlementAccountNumber.slice(0, 3)}***${settlementAccountNumber.slice(-4)}` } : {}),
      } as ApplicationView;
      return jsonResponse(200, current);
    },
    ...handlers,
  });
  const rendered = renderApp(`/merchant/applications/${view.id}`);
  return { ...rendered, api, setView: (next: ApplicationView) => (current = next) };
}

const visibleStep = () => screen.getAllByTestId(/^wizard-step-/).find((panel) => !panel.hidden)?.dataset.testid;

const patches = (api: ReturnType<typeof mockApi>) => api.callsTo('PATCH /api/applications/app-1').map((call) => call.body);

describe(ApplicationWizard.name, () => {
  it('resumes at the step the draft was saved at', async () => {
    openWizard(makeApplication({ wizardStep: 2, contactName: '王小明' }));

    expect(await screen.findByLabelText('联系人姓名')).toHaveValue('王小明');
    expect(visibleStep()).toBe('wizard-step-contact');
    expect(document.querySelector('.ant-steps-item-active')).toHaveTextContent('联系人');
  });

  it('saves the step with PATCH and the next wizardStep on "Next", sending only what changed', async () => {
    const { api } = openWizard(makeApplication({ openingDate: '2020-05-01', businessScope: '餐饮服务' }));
    const user = userEvent.setup();

    await user.type(await screen.findByLabelText('商户名称'), ' 王记面馆 ');
    await user.type(screen.getByLabelText('统一社会信用代码'), VALID_CREDIT_CODE.toLowerCase());
    await user.type(screen.getByLabelText('经营地址'), '北京市朝阳区建国路 1 号');
    await user.type(screen.getByLabelText('行业类别（MCC）'), '5812');
    await user.click(screen.getByTestId('wizard-next'));

    await waitFor(() => expect(visibleStep()).toBe('wizard-step-legalRep'));
    expect(patches(api)).toEqual([
      { businessName: '王记面馆', creditCode: VALID_CREDIT_CODE, businessAddress: '北京市朝阳区建国路 1 号', mcc: '5812', wizardStep: 1 },
    ]);
    expect(document.querySelector('#application_businessName')).toBe(screen.getByLabelText('商户名称'));
  });

  it('blocks a wrong credit code check character with the shared message and saves nothing', async () => {
    const { api } = openWizard(makeApplication({ openingDate: '2020-05-01' }));
    const user = userEvent.setup();

    await user.type(await screen.findByLabelText('商户名称'), '王记面馆');
    await user.type(screen.getByLabelText('统一社会信用代码'), '91350100M000100Y40');
    await user.type(screen.getByLabelText('经营地址'), '北京');
    await user.type(screen.getByLabelText('行业类别（MCC）'), '58');
    await user.click(screen.getByTestId('wizard-next'));

    expect(await screen.findByText(zh.creditCodeCheck as string)).toBeInTheDocument();
    expect(await screen.findByText(zh.isMcc as string)).toBeInTheDocument();
    expect(visibleStep()).toBe('wizard-step-business');
    expect(patches(api)).toHaveLength(0);
  });

  it('checks the resident ID with the shared validator and message', async () => {
    const { api } = openWizard(makeApplication({ wizardStep: 1 }));
    const user = userEvent.setup();

    await user.type(await screen.findByLabelText('法定代表人姓名'), '王大明');
    await user.type(screen.getByLabelText('法定代表人身份证号码'), '110105194912310021');
    await user.type(screen.getByLabelText('法定代表人手机号'), '12345678901');
    await user.click(screen.getByTestId('wizard-next'));

    expect(await screen.findByText(zh.residentIdCheck as string)).toBeInTheDocument();
    expect(await screen.findByText(zh.isMobile as string)).toBeInTheDocument();
    expect(patches(api)).toHaveLength(0);
  });

  it('checks the bank account number with the shared validator and message', async () => {
    const { api } = openWizard(makeApplication({ wizardStep: 3 }));
    const user = userEvent.setup();

    await user.type(await screen.findByLabelText('结算账户户名'), '王记面馆');
    await user.type(screen.getByLabelText('开户银行'), '东方商业银行');
    await user.type(screen.getByLabelText('结算账号'), '6222 0200');
    await user.click(screen.getByTestId('wizard-next'));

    expect(await screen.findByText(zh.bankAccountFormat as string)).toBeInTheDocument();
    expect(patches(api)).toHaveLength(0);
  });

  it('shows a saved sensitive number only masked and sends it only when a new one is typed', async () => {
    const { api } = openWizard(makeCompleteApplication({ wizardStep: 1 }));
    const user = userEvent.setup();

    const idInput = await screen.findByLabelText('法定代表人身份证号码');
    expect(idInput).toHaveValue('');
    expect(idInput).toHaveAttribute('placeholder', '已保存：110***********002X');
    await user.click(screen.getByTestId('wizard-next'));
    await waitFor(() => expect(visibleStep()).toBe('wizard-step-contact'));
    expect(patches(api)[0]).toEqual({ wizardStep: 2 });

    await user.click(screen.getByTestId('wizard-prev'));
    await user.type(screen.getByLabelText('法定代表人身份证号码'), VALID_RESIDENT_ID.toLowerCase());
    await user.click(screen.getByTestId('wizard-save'));

    await waitFor(() => expect(patches(api)).toHaveLength(2));
    expect(patches(api)[1]).toEqual({ legalRepIdNumber: VALID_RESIDENT_ID, wizardStep: 1 });
    expect(await screen.findByText('草稿已保存')).toBeInTheDocument();
    // Saved: the input is empty again and shows the new mask.
    expect(screen.getByLabelText('法定代表人身份证号码')).toHaveValue('');
  });

  it('puts the server field errors on the matching inputs, including a volume row', async () => {
    const { api } = openWizard(makeCompleteApplication({ wizardStep: 4, volumes: [] }), {
      'PATCH /api/applications/app-1': () =>
        errorResponse(400, {
          code: 'VALIDATION_FAILED',
          message: '提交的信息有误，请检查标出的字段',
          details: {
            fields: [
              { field: 'volumes.1.monthlyAmountFen', code: 'max', message: '数值过大' },
              { field: 'installAddress', code: 'maxLength', message: '内容过长' },
            ],
          },
        }),
    });
    const user = userEvent.setup();

    await user.type(await screen.findByLabelText('借记卡 月交易额（元）'), '500');
    await user.type(screen.getByLabelText('银联云闪付 月交易额（元）'), '99999999');
    await user.click(screen.getByTestId('wizard-next'));

    const quickPass = screen.getByLabelText('银联云闪付 月交易额（元）');
    await waitFor(() => expect(quickPass.closest('.ant-form-item')).toHaveTextContent('数值过大'));
    expect(screen.getByLabelText('借记卡 月交易额（元）').closest('.ant-form-item')).not.toHaveTextContent('数值过大');
    expect(screen.getByLabelText('装机地址').closest('.ant-form-item')).toHaveTextContent('内容过长');
    expect(visibleStep()).toBe('wizard-step-volume');
    expect(patches(api)[0]).toEqual({
      volumes: [
        { channel: 'DEBIT_CARD', monthlyAmountFen: 50000, averageTicketFen: null },
        { channel: 'UNIONPAY_QUICKPASS', monthlyAmountFen: 9999999900, averageTicketFen: null },
      ],
      wizardStep: 5,
    });
  });

  it('shows a credit code that already has an open application on the credit code field', async () => {
    openWizard(makeApplication({ openingDate: '2020-05-01', businessName: '王记面馆', businessAddress: '北京', mcc: '5812' }), {
      'PATCH /api/applications/app-1': () =>
        errorResponse(409, { code: 'OPEN_APPLICATION_EXISTS', message: '该商户已有一份向此服务商提交且尚未办结的申请' }),
    });
    const user = userEvent.setup();

    await user.type(await screen.findByLabelText('统一社会信用代码'), VALID_CREDIT_CODE);
    await user.click(screen.getByTestId('wizard-next'));

    const message = await screen.findByText('该商户已有一份向此服务商提交且尚未办结的申请');
    expect(message.closest('.ant-form-item')).toContainElement(screen.getByLabelText('统一社会信用代码'));
  });

  it('lists what a refused submit is missing, each linked to its step', async () => {
    const { api } = openWizard(makeCompleteApplication({ wizardStep: 6 }), {
      'POST /api/applications/app-1/submit': () =>
        errorResponse(422, {
          code: 'APPLICATION_INCOMPLETE',
          message: '申请资料不完整，请补充标出的信息和材料后再提交',
          details: { missing: { fields: ['legalRepIdNumber'], documents: ['LEGAL_REP_ID_FRONT', 'BUSINESS_LICENCE'] } },
        }),
    });
    const user = userEvent.setup();

    await user.click(await screen.findByTestId('wizard-submit'));

    const missing = await screen.findByTestId('missing-items');
    expect(within(missing).getByTestId('missing-field-legalRepIdNumber')).toHaveTextContent('法定代表人身份证号码');
    const documents = within(missing).getAllByTestId(/^missing-document-/).map((item) => item.textContent);
    expect(documents).toEqual([expect.stringContaining('材料：营业执照'), expect.stringContaining('材料：法定代表人身份证（人像面）')]);
    expect(api.callsTo('POST /api/applications/app-1/submit')).toHaveLength(1);

    await user.click(within(within(missing).getByTestId('missing-field-legalRepIdNumber')).getByRole('button', { name: '去补充' }));
    expect(visibleStep()).toBe('wizard-step-legalRep');
  });

  it('submits a complete application and shows it read-only with the expected decision date', async () => {
    const view = makeCompleteApplication({ wizardStep: 6 });
    openWizard(view, {
      'POST /api/applications/app-1/submit': () =>
        jsonResponse(200, { ...view, status: 'SUBMITTED', submittedAt: '2026-03-02T02:00:00.000Z', reviewDueAt: '2026-03-05T10:00:00.000Z' }),
    });

    await userEvent.click(await screen.findByTestId('wizard-submit'));

    expect(await screen.findByTestId('submitted-notice')).toHaveTextContent('预计 2026年3月5日 前完成审核');
    expect(screen.getByTestId('application-status')).toHaveTextContent('已提交');
    expect(screen.queryByTestId('wizard-next')).not.toBeInTheDocument();
    expect(screen.queryByTestId('upload-BUSINESS_LICENCE')).not.toBeInTheDocument();
  });

  it('uploads a document with visible progress and shows it once stored', async () => {
    const view = makeCompleteApplication({ wizardStep: 5 });
    const xhr = mockXhr();
    const { setView } = openWizard(view);
    const user = userEvent.setup();

    const input = await screen.findByTestId('upload-BUSINESS_LICENCE');
    await user.upload(input, new File(['%PDF-1.7 licence'], 'licence.pdf', { type: 'application/pdf' }));

    const request = xhr.last();
    expect(request?.url).toBe('/api/applications/app-1/documents/BUSINESS_LICENCE');
    expect(request?.headers.authorization).toBe('Bearer access-1');
    expect(request?.file?.name).toBe('licence.pdf');
    act(() => request?.progress(40, 100));
    expect(within(screen.getByTestId('upload-progress-BUSINESS_LICENCE')).getByRole('progressbar')).toHaveAttribute('aria-valuenow', '40');

    const stored = makeDocument();
    setView({ ...view, documents: [stored] });
    act(() => request?.respond(201, stored));

    expect(await screen.findByTestId('document-file-BUSINESS_LICENCE')).toHaveTextContent('licence.pdf');
    expect(screen.queryByTestId('upload-progress-BUSINESS_LICENCE')).not.toBeInTheDocument();
    expect(within(screen.getByTestId('document-BUSINESS_LICENCE')).getByRole('button', { name: /重新上传/ })).toBeInTheDocument();
  });

  it('shows the server refusal of a file that is not JPEG, PNG or PDF', async () => {
    const xhr = mockXhr();
    openWizard(makeCompleteApplication({ wizardStep: 5 }));
    const user = userEvent.setup();

    await user.upload(await screen.findByTestId('upload-LEGAL_REP_ID_FRONT'), new File(['MZ not an image'], 'id.png', { type: 'image/png' }));
    act(() => xhr.last()?.respondError(415, { code: 'UNSUPPORTED_FILE_TYPE', message: '仅支持 JPG、PNG 图片或 PDF 文件' }));

    const error = await screen.findByTestId('upload-error-LEGAL_REP_ID_FRONT');
    expect(error).toHaveTextContent('上传失败');
    expect(error).toHaveTextContent('仅支持 JPG、PNG 图片或 PDF 文件');
  });

  it('lets the merchant change only what the reviewer asked for while changes are requested', async () => {
    openWizard(
      makeCompleteApplication({
        status: 'CHANGES_REQUESTED',
        wizardStep: 6,
        openChangeRequest: {
          id: 'cr-1',
          message: '营业执照照片不清晰，经营地址与执照不一致',
          fields: ['businessAddress'],
          documentTypes: ['BUSINESS_LICENCE'],
          createdAt: '2026-03-03T02:00:00.000Z',
        },
      }),
    );

    const notice = await screen.findByTestId('change-request');
    // It opens where the first requested change is, not at the saved step.
    expect(visibleStep()).toBe('wizard-step-business');
    expect(notice).toHaveTextContent('审核意见：营业执照照片不清晰，经营地址与执照不一致');
    expect(notice).toHaveTextContent('需要修改：经营地址、营业执照');
    expect(screen.getByLabelText('经营地址')).toBeEnabled();
    expect(screen.getByLabelText('商户名称')).toBeDisabled();
    expect(screen.getByLabelText('统一社会信用代码')).toBeDisabled();
    expect(screen.getByTestId('upload-BUSINESS_LICENCE')).toBeInTheDocument();
    expect(screen.queryByTestId('upload-LEGAL_REP_ID_FRONT')).not.toBeInTheDocument();
  });

  it('shows the reason of a rejection read-only', async () => {
    openWizard(makeCompleteApplication({ status: 'REJECTED', decisionReason: '经营范围不在本机构受理范围内' }));

    expect(await screen.findByTestId('decision-reason')).toHaveTextContent('原因：经营范围不在本机构受理范围内');
    expect(screen.getByTestId('application-status')).toHaveTextContent('未通过');
    expect(screen.queryByTestId('wizard-save')).not.toBeInTheDocument();
    expect(screen.queryByTestId('withdraw')).not.toBeInTheDocument();
  });
});
