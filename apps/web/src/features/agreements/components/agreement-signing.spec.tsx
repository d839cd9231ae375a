import type { SignAgreementRequest } from '@pos/shared';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { sessionStore } from '../../../lib/session-store';
import { errorResponse, jsonResponse, makeSession, mockApi } from '../../../test/fetch-mock';
import { renderApp } from '../../../test/render';
import { makeAgreement, pdfResponse } from '../../../test/review-fixtures';
import { AgreementSigning } from './agreement-signing';

const AGREEMENT = 'GET /api/applications/app-1/agreement';
const SIGN = 'POST /api/agreements/agr-1/sign';

beforeEach(() => {
  Object.assign(URL, { createObjectURL: vi.fn(() => 'blob:http://localhost/agreement'), revokeObjectURL: vi.fn() });
});
afterEach(() => {
  Reflect.deleteProperty(URL, 'createObjectURL');
  Reflect.deleteProperty(URL, 'revokeObjectURL');
});

function openAgreement(handlers: Parameters<typeof mockApi>[0]) {
  sessionStore.signIn(makeSession({}, 'token-9'));
  const api = mockApi({ 'GET /api/agreements/agr-1/document': () => pdfResponse(), ...handlers });
  renderApp('/merchant/applications/app-1/agreement');
  return api;
}

async function tickEverything(user: ReturnType<typeof userEvent.setup>, keys = ['DEBIT_CARD', 'CREDIT_CARD', 'MONTHLY_FEE']) {
  for (const key of keys) await user.click(screen.getByTestId(`fee-ack-${key}`));
  await user.click(screen.getByTestId('terms-ack'));
}

describe(AgreementSigning.name, () => {
  it('signs only once every fee line, the terms and the name are given, sending the document hash', async () => {
    const agreement = makeAgreement();
    const api = openAgreement({
      [AGREEMENT]: () => jsonResponse(200, agreement),
      [SIGN]: () => jsonResponse(200, { ...agreement, status: 'MERCHANT_SIGNED', merchantSignedName: '王大明', merchantSignedAt: '2026-03-07T02:00:00.000Z' }),
    });
    const user = userEvent.setup();

    // The PDF is fetched with the token and framed from a blob URL.
    expect(await screen.findByTestId('agreement-pdf')).toHaveAttribute('src', 'blob:http://localhost/agreement');
    expect(api.callsTo('GET /api/agreements/agr-1/document')[0]?.headers.get('Authorization')).toBe('Bearer token-9');
    expect(screen.getByTestId('agreement-status')).toHaveTextContent('待商户签署');
    // Each frozen fee line, formatted from integers.
    expect(screen.getByTestId('fee-line-DEBIT_CARD')).toHaveTextContent('借记卡：费率 0.50%，单笔封顶 ¥25.00');
    expect(screen.getByTestId('fee-line-MONTHLY_FEE')).toHaveTextContent('月服务费：¥9.90');
    expect(screen.getByTestId('signed-name')).toHaveAttribute('placeholder', '请输入法定代表人姓名，须与申请中的一致');

    const sign = screen.getByTestId('sign-agreement');
    expect(sign).toBeDisabled();
    await user.type(screen.getByTestId('signed-name'), ' 王大明 ');
    await user.click(screen.getByTestId('fee-ack-DEBIT_CARD'));
    await user.click(screen.getByTestId('fee-ack-CREDIT_CARD'));
    await user.click(screen.getByTestId('terms-ack'));
    // One fee line still unticked.
    expect(sign).toBeDisabled();
    await user.click(screen.getByTestId('fee-ack-MONTHLY_FEE'));
    expect(sign).toBeEnabled();
    await user.click(screen.getByTestId('terms-ack'));
    expect(sign).toBeDisabled();
    await user.click(screen.getByTestId('terms-ack'));
    await user.click(sign);

    await waitFor(() => expect(api.callsTo(SIGN)).toHaveLength(1));
    expect(api.callsTo(SIGN)[0]?.body).toEqual<SignAgreementRequest>({
      signedName: '王大明',
      documentSha256: 'a'.repeat(64),
      acknowledgedFeeLines: ['DEBIT_CARD', 'CREDIT_CARD', 'MONTHLY_FEE'],
      acceptTerms: true,
    });
    expect(await screen.findByTestId('awaiting-countersignature')).toHaveTextContent('等待服务商会签');
    expect(screen.getByTestId('agreement-status')).toHaveTextContent('待服务商会签');
    expect(screen.queryByTestId('sign-agreement')).not.toBeInTheDocument();
  });

  it('puts a name that does not match the legal representative on the name field', async () => {
    openAgreement({
      [AGREEMENT]: () => jsonResponse(200, makeAgreement()),
      [SIGN]: () =>
        errorResponse(400, {
          code: 'VALIDATION_FAILED',
          message: '提交的信息有误，请检查标出的字段',
          details: { fields: [{ field: 'signedName', code: 'signerNameMismatch', message: '签署姓名须与申请中的法定代表人姓名一致' }] },
        }),
    });
    const user = userEvent.setup();

    await screen.findByTestId('sign-form');
    await tickEverything(user);
    await user.type(screen.getByTestId('signed-name'), '王小明');
    await user.click(screen.getByTestId('sign-agreement'));

    const error = await screen.findByText('签署姓名须与申请中的法定代表人姓名一致');
    expect(error.closest('.ant-form-item')).toContainElement(screen.getByTestId('signed-name'));
    expect(screen.queryByTestId('sign-error')).not.toBeInTheDocument();
  });

  it('reloads a changed agreement and asks the merchant to read and acknowledge it again', async () => {
    const first = makeAgreement();
    const second = makeAgreement({
      id: 'agr-2',
      reference: 'AGR-2026-0002',
      documentSha256: 'b'.repeat(64),
      documentUrl: '/api/agreements/agr-2/document',
      replaces: { reference: 'AGR-2026-0001', reason: 'FEE_SCHEDULE_CHANGED', previousFeeVersion: 1 },
      fees: { ...first.fees, version: 2, lines: [{ key: 'DEBIT_CARD', rateBps: 45, capFen: 2000, amountFen: null }] },
    });
    let reads = 0;
    const api = openAgreement({
      [AGREEMENT]: () => jsonResponse(200, (reads += 1) === 1 ? first : second),
      'GET /api/agreements/agr-2/document': () => pdfResponse(),
      [SIGN]: () => errorResponse(409, { code: 'AGREEMENT_CHANGED', message: '协议已更新，请重新阅读后签署', details: { agreementId: 'agr-2' } }),
    });
    const user = userEvent.setup();

    await screen.findByTestId('sign-form');
    await tickEverything(user);
    await user.type(screen.getByTestId('signed-name'), '王大明');
    await user.click(screen.getByTestId('sign-agreement'));

    expect(await screen.findByTestId('agreement-changed')).toHaveTextContent('协议已更新，请重新阅读');
    expect(await screen.findByTestId('agreement-replaces')).toHaveTextContent('此协议替代了之前的协议 AGR-2026-0001（手续费标准第 1 版）');
    expect(api.callsTo(AGREEMENT)).toHaveLength(2);
    expect(screen.getByTestId('document-sha256')).toHaveTextContent('b'.repeat(64));
    expect(screen.getByTestId('fee-line-DEBIT_CARD')).toHaveTextContent('费率 0.45%，单笔封顶 ¥20.00');
    // Everything must be acknowledged again, for the new document.
    expect(screen.getByTestId('fee-ack-DEBIT_CARD')).not.toBeChecked();
    expect(screen.getByTestId('terms-ack')).not.toBeChecked();
    expect(screen.getByTestId('sign-agreement')).toBeDisabled();
    await waitFor(() => expect(api.callsTo('GET /api/agreements/agr-2/document')).toHaveLength(1));
  });

  it('offers the executed agreement and its SHA-256 once countersigned', async () => {
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    const api = openAgreement({
      [AGREEMENT]: () =>
        jsonResponse(
          200,
          makeAgreement({
            status: 'COUNTERSIGNED',
            merchantSignedName: '王大明',
            merchantSignedAt: '2026-03-07T02:00:00.000Z',
            countersignedAt: '2026-03-08T02:00:00.000Z',
            countersignedBy: '赵管理员',
            finalSha256: 'c'.repeat(64),
            finalUrl: '/api/agreements/agr-1/final',
          }),
        ),
      'GET /api/agreements/agr-1/final': () => pdfResponse(),
    });

    expect(await screen.findByTestId('agreement-executed')).toHaveTextContent('赵管理员');
    expect(screen.getByTestId('final-sha256')).toHaveTextContent('c'.repeat(64));
    expect(screen.getByTestId('agreement-status')).toHaveTextContent('已生效');
    expect(screen.queryByTestId('sign-form')).not.toBeInTheDocument();

    await userEvent.click(within(screen.getByTestId('agreement-executed')).getByTestId('download-final'));

    await waitFor(() => expect(click).toHaveBeenCalled());
    expect(api.callsTo('GET /api/agreements/agr-1/final').length).toBeGreaterThanOrEqual(1);
  });

  it('says so while there is no agreement yet', async () => {
    openAgreement({ [AGREEMENT]: () => errorResponse(404, { code: 'NOT_FOUND', message: '未找到' }) });
    expect(await screen.findByTestId('agreement-not-ready')).toHaveTextContent('协议还没有生成');
  });
});
