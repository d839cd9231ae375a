import type { RequestChangesRequest, ReviewApplicationView } from '@pos/shared';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { sessionStore } from '../../../lib/session-store';
import { errorResponse, jsonResponse, makeSession, mockApi } from '../../../test/fetch-mock';
import { makeDocument } from '../../../test/fixtures';
import { renderApp } from '../../../test/render';
import { admin, makeReviewApplication, makeTimelineEntry, reviewer } from '../../../test/review-fixtures';
import { ReviewApplication } from './review-application';

const BASE = '/api/console/applications/app-1';

beforeEach(() => {
  Object.assign(URL, { createObjectURL: vi.fn(() => 'blob:http://localhost/doc'), revokeObjectURL: vi.fn() });
});
afterEach(() => {
  Reflect.deleteProperty(URL, 'createObjectURL');
  Reflect.deleteProperty(URL, 'revokeObjectURL');
});

/** The review page of `view`, with the document files answering and any extra handlers. */
function openReview(view: ReviewApplicationView, handlers: Parameters<typeof mockApi>[0] = {}, as: typeof reviewer | typeof admin = reviewer) {
  sessionStore.signIn(makeSession(as));
  const api = mockApi({
    [`GET ${BASE}`]: () => jsonResponse(200, view),
    'GET /api/applications/app-1/documents/doc-2/file': () => new Response(new Blob(['png']), { status: 200, headers: { 'Content-Type': 'image/png' } }),
    ...handlers,
  });
  const utils = renderApp('/console/applications/app-1');
  return { api, ...utils };
}

describe(ReviewApplication.name, () => {
  it('shows the server message when another reviewer claimed the application first', async () => {
    const view = makeReviewApplication({ status: 'SUBMITTED', claimedBy: null });
    const { api } = openReview(view, {
      [`POST ${BASE}/claim`]: () => errorResponse(409, { code: 'ALREADY_CLAIMED', message: '此申请已由 张审核 领取', details: { claimedBy: { id: 'rev-2', displayName: '张审核' } } }),
    });
    const user = userEvent.setup();

    const claim = await screen.findByTestId('claim');
    expect(claim).toBeEnabled();
    expect(screen.getByTestId('release')).toBeDisabled();
    // Nothing can be decided before claiming.
    expect(screen.getByTestId('approve')).toBeDisabled();
    expect(screen.queryByTestId('accept-BUSINESS_LICENCE')).not.toBeInTheDocument();

    await user.click(claim);

    expect(await screen.findByTestId('review-action-error')).toHaveTextContent('此申请已由 张审核 领取');
    expect(api.callsTo(`POST ${BASE}/claim`)).toHaveLength(1);
    // The refusal means the page is stale: it is read again.
    await waitFor(() => expect(api.callsTo(`GET ${BASE}`).length).toBeGreaterThanOrEqual(2));
  });

  it('requests changes with exactly the ticked fields, documents and message', async () => {
    const view = makeReviewApplication();
    const { api } = openReview(view, {
      [`POST ${BASE}/request-changes`]: ({ body }) =>
        jsonResponse(200, {
          ...view,
          status: 'CHANGES_REQUESTED',
          changeRequests: [{ id: 'cr-1', ...(body as RequestChangesRequest), createdAt: '2026-03-03T02:00:00.000Z', resolvedAt: null }],
        }),
    });
    const user = userEvent.setup();

    await user.click(await screen.findByTestId('request-changes'));
    const dialog = await screen.findByRole('dialog');
    // Fields are grouped by the wizard step the merchant finds them in, with their translated names.
    expect(within(within(dialog).getByRole('group', { name: '结算账户' })).getByText('结算账号')).toBeInTheDocument();

    // Nothing ticked: refused before any request.
    await user.type(within(dialog).getByTestId('request-changes-message'), '营业执照照片模糊，信用代码与执照不一致');
    await user.click(within(dialog).getByTestId('request-changes-submit'));
    expect(await within(dialog).findByText('请至少勾选一项资料或材料')).toBeInTheDocument();
    expect(api.callsTo(`POST ${BASE}/request-changes`)).toHaveLength(0);

    await user.click(within(dialog).getByTestId('change-field-settlementAccountNumber'));
    await user.click(within(dialog).getByTestId('change-field-creditCode'));
    await user.click(within(dialog).getByTestId('change-document-BUSINESS_LICENCE'));
    await user.click(within(dialog).getByTestId('request-changes-submit'));

    await waitFor(() => expect(api.callsTo(`POST ${BASE}/request-changes`)).toHaveLength(1));
    expect(api.callsTo(`POST ${BASE}/request-changes`)[0]?.body).toEqual<RequestChangesRequest>({
      fields: ['creditCode', 'settlementAccountNumber'],
      documentTypes: ['BUSINESS_LICENCE'],
      message: '营业执照照片模糊，信用代码与执照不一致',
    });
    expect(await screen.findByTestId('changes-requested-notice')).toBeInTheDocument();
    expect(screen.getByTestId('application-status')).toHaveTextContent('待补充资料');
  });

  it('sends a high-risk approval to a second approver and shows it waiting for them', async () => {
    const accepted = [makeDocument({ id: 'doc-1', reviewStatus: 'ACCEPTED' })];
    const view = makeReviewApplication({ highRisk: true, documents: accepted });
    const { api } = openReview(view, {
      [`POST ${BASE}/approve`]: () =>
        jsonResponse(200, { ...view, status: 'PENDING_SECOND_APPROVAL', firstApprover: { id: reviewer.id, displayName: reviewer.displayName } }),
    });
    const user = userEvent.setup();

    await user.click(await screen.findByTestId('approve'));
    const notice = await screen.findByTestId('four-eyes-notice');
    expect(notice).toHaveTextContent('这是高风险申请，需要两人审核。');
    expect(notice).toHaveTextContent('复核人必须是另一位服务商管理员');
    await user.click(screen.getByTestId('approve-submit'));

    expect(await screen.findByTestId('second-approval-pending')).toHaveTextContent('初审已通过（李审核），等待另一位服务商管理员复核。');
    expect(api.callsTo(`POST ${BASE}/approve`)[0]?.body).toEqual({});
    expect(screen.getByTestId('application-status')).toHaveTextContent('复核中');
    // A reviewer cannot give the second approval.
    expect(screen.getByTestId('approve')).toBeDisabled();
    expect(screen.getByTestId('review-hint')).toHaveTextContent('高风险申请的复核只能由服务商管理员进行。');
  });

  it('does not let the first approver give the second approval too', async () => {
    const view = makeReviewApplication({
      highRisk: true,
      status: 'PENDING_SECOND_APPROVAL',
      claimedBy: { id: admin.id, displayName: admin.displayName },
      firstApprover: { id: admin.id, displayName: admin.displayName },
    });
    openReview(view, {}, admin);

    expect(await screen.findByTestId('approve')).toBeDisabled();
    expect(screen.getByTestId('review-hint')).toHaveTextContent('初审和复核不能是同一人');
    // Another admin may still send it back or reject it.
    expect(screen.getByTestId('reject')).toBeEnabled();
  });

  it('says the agreement was sent after a plain approval', async () => {
    const view = makeReviewApplication({ documents: [makeDocument({ id: 'doc-1', reviewStatus: 'ACCEPTED' })] });
    openReview(view, { [`POST ${BASE}/approve`]: () => jsonResponse(200, { ...view, status: 'AGREEMENT_SENT' }) });
    const user = userEvent.setup();

    await user.click(await screen.findByTestId('approve'));
    expect(screen.queryByTestId('four-eyes-notice')).not.toBeInTheDocument();
    await user.type(screen.getByTestId('reason-input'), '资料齐全');
    await user.click(screen.getByTestId('approve-submit'));

    expect(await screen.findByTestId('agreement-sent')).toHaveTextContent('服务协议已发送给商户签署');
  });

  it('names the documents still to accept when approval is refused', async () => {
    const view = makeReviewApplication();
    openReview(view, {
      [`POST ${BASE}/approve`]: () =>
        errorResponse(422, { code: 'DOCUMENTS_NOT_ACCEPTED', message: '还有材料未审核通过', details: { documents: ['BUSINESS_LICENCE', 'LEGAL_REP_ID_FRONT'] } }),
    });
    const user = userEvent.setup();

    await user.click(await screen.findByTestId('approve'));
    await user.click(screen.getByTestId('approve-submit'));

    expect(await screen.findByTestId('approve-error')).toHaveTextContent('以下材料尚未审核通过：营业执照、法定代表人身份证（人像面）');
  });

  it('asks for a reason before rejecting a document, then sends it', async () => {
    const view = makeReviewApplication();
    const rejected = {
      ...view,
      documents: view.documents.map((document) => (document.id === 'doc-1' ? { ...document, reviewStatus: 'REJECTED' as const, reviewNote: '照片模糊' } : document)),
    };
    const { api } = openReview(view, { [`POST ${BASE}/documents/doc-1/decision`]: () => jsonResponse(200, rejected) });
    const user = userEvent.setup();

    const licence = await screen.findByTestId('document-BUSINESS_LICENCE');
    await user.click(within(licence).getByTestId('reject-BUSINESS_LICENCE'));
    const dialog = await screen.findByRole('dialog');
    await user.click(within(dialog).getByTestId('reject-document-submit'));

    expect(await within(dialog).findByText('请填写原因')).toBeInTheDocument();
    expect(api.callsTo(`POST ${BASE}/documents/doc-1/decision`)).toHaveLength(0);

    await user.type(within(dialog).getByTestId('reason-input'), '照片模糊');
    await user.click(within(dialog).getByTestId('reject-document-submit'));

    await waitFor(() => expect(api.callsTo(`POST ${BASE}/documents/doc-1/decision`)).toHaveLength(1));
    expect(api.callsTo(`POST ${BASE}/documents/doc-1/decision`)[0]?.body).toEqual({ decision: 'REJECTED', note: '照片模糊' });
    expect(await screen.findByTestId('document-note-BUSINESS_LICENCE')).toHaveTextContent('退回原因：照片模糊');
    expect(screen.getByTestId('document-status-BUSINESS_LICENCE')).toHaveTextContent('需重新上传');
  });

  it('reveals a masked number on demand and hides it again', async () => {
    const view = makeReviewApplication();
    const { api } = openReview(view, {
      [`POST ${BASE}/reveal`]: () => jsonResponse(200, { field: 'legalRepIdNumber', value: '11010519491231002X' }),
    });
    const user = userEvent.setup();

    expect(await screen.findByTestId('masked-legalRepIdNumber')).toHaveTextContent('110***********002X');
    await user.click(screen.getByTestId('reveal-legalRepIdNumber'));

    expect(await screen.findByTestId('revealed-legalRepIdNumber')).toHaveTextContent('11010519491231002X');
    expect(api.callsTo(`POST ${BASE}/reveal`)[0]?.body).toEqual({ field: 'legalRepIdNumber' });

    await user.click(screen.getByTestId('reveal-legalRepIdNumber'));
    expect(screen.queryByTestId('revealed-legalRepIdNumber')).not.toBeInTheDocument();
    expect(screen.getByTestId('masked-legalRepIdNumber')).toBeInTheDocument();
  });

  it('shows the history with staff names and the reasons given', async () => {
    const view = makeReviewApplication({
      timeline: [
        makeTimelineEntry(),
        makeTimelineEntry({ id: 'ev-2', action: 'CLAIM', actor: { role: 'REVIEWER', displayName: '李审核' }, at: '2026-03-02T03:00:00.000Z' }),
        makeTimelineEntry({ id: 'ev-3', action: 'DOCUMENT_REJECTED', reason: '照片模糊', actor: { role: 'REVIEWER', displayName: '李审核' } }),
      ],
    });
    openReview(view);

    const timeline = await screen.findByTestId('timeline');
    expect(within(timeline).getByText('审核员开始审核')).toBeInTheDocument();
    expect(within(timeline).getAllByText(/李审核（审核员）/)).toHaveLength(2);
    expect(within(timeline).getByText('原因：照片模糊')).toBeInTheDocument();
  });

  it('is read-only for the platform admin', async () => {
    sessionStore.signIn(makeSession({ role: 'PLATFORM_ADMIN', displayName: '平台' }));
    mockApi({
      [`GET ${BASE}`]: () => jsonResponse(200, makeReviewApplication()),
      'GET /api/applications/app-1/documents/doc-2/file': () => new Response(new Blob(['png']), { status: 200, headers: { 'Content-Type': 'image/png' } }),
    });
    renderApp('/admin/applications/app-1');

    expect(await screen.findByTestId('read-only-notice')).toBeInTheDocument();
    expect(screen.getByTestId('page-title')).toHaveTextContent('审核 APP-2026-0001');
    for (const id of ['claim', 'release', 'approve', 'reject', 'request-changes', 'accept-BUSINESS_LICENCE', 'reveal-legalRepIdNumber']) {
      expect(screen.queryByTestId(id)).not.toBeInTheDocument();
    }
  });

  it('warns the reviewer of a PDF the upload scan found active content in, and says what was found', async () => {
    const view = makeReviewApplication();
    const flagged = { ...view, documents: view.documents.map((d) => (d.documentType === 'BUSINESS_LICENCE' ? { ...d, activeContent: ['JAVASCRIPT' as const, 'EMBEDDED_FILE' as const] } : d)) };
    openReview(flagged);
    const user = userEvent.setup();

    const tag = await screen.findByTestId('document-active-content-BUSINESS_LICENCE');
    expect(tag).toHaveTextContent('含主动内容');
    expect(tag).toHaveAccessibleName(/脚本（JavaScript）、内嵌文件/);
    await user.hover(tag);
    expect(await screen.findByRole('tooltip')).toHaveTextContent('上传时在这份 PDF 中发现：脚本（JavaScript）、内嵌文件');
    // Only the flagged document carries the warning.
    expect(screen.getAllByText('含主动内容')).toHaveLength(1);
  });
});
