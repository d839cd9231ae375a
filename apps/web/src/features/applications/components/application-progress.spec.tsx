import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { sessionStore } from '../../../lib/session-store';
import { jsonResponse, makeSession, mockApi } from '../../../test/fetch-mock';
import { makeCompleteApplication, makeProviderDetail } from '../../../test/fixtures';
import { renderApp } from '../../../test/render';
import { makeAgreement, makeTimelineEntry } from '../../../test/review-fixtures';
import { ApplicationProgress } from './application-progress';

describe(ApplicationProgress.name, () => {
  it('tells the merchant every step in plain words, by role, with the reasons given', async () => {
    sessionStore.signIn(makeSession());
    const view = makeCompleteApplication({ status: 'REJECTED', submittedAt: '2026-03-02T02:00:00.000Z', decisionReason: '经营地址与执照不符' });
    mockApi({
      'GET /api/applications/app-1': () => jsonResponse(200, view),
      'GET /api/providers/p-bank': () => jsonResponse(200, makeProviderDetail()),
      'GET /api/applications/app-1/timeline': () =>
        jsonResponse(200, {
          items: [
            makeTimelineEntry({ id: 'e1', action: 'SUBMIT', actor: { role: 'MERCHANT', displayName: '王店主' } }),
            // Staff names are not sent to merchants: the role stands in.
            makeTimelineEntry({ id: 'e2', action: 'CLAIM', actor: { role: 'REVIEWER', displayName: null } }),
            makeTimelineEntry({ id: 'e3', action: 'REQUEST_CHANGES', reason: '请上传清晰的营业执照', actor: { role: 'REVIEWER', displayName: null } }),
            makeTimelineEntry({ id: 'e4', action: 'REJECT', reason: '经营地址与执照不符', actor: { role: 'PROVIDER_ADMIN', displayName: null } }),
            makeTimelineEntry({ id: 'e5', action: 'SOMETHING_NEW', toStatus: 'REJECTED', actor: null }),
          ],
        }),
    });
    renderApp('/merchant/applications/app-1');

    const progress = await screen.findByTestId('application-progress');
    const timeline = await within(progress).findByTestId('timeline');
    const steps = within(timeline).getAllByTestId('timeline-entry');
    expect(steps.map((step) => step.querySelector('strong')?.textContent)).toEqual([
      '提交申请',
      '审核员开始审核',
      '要求补充资料',
      '审核未通过',
      '状态变为「未通过」',
    ]);
    expect(steps[1]).toHaveTextContent('审核员');
    expect(steps[2]).toHaveTextContent('审核意见：请上传清晰的营业执照');
    expect(steps[3]).toHaveTextContent('服务商管理员');
    expect(steps[3]).toHaveTextContent('原因：经营地址与执照不符');
    expect(steps[4]).toHaveTextContent('系统');
    expect(within(progress).queryByTestId('expected-decision')).not.toBeInTheDocument();
  });

  it('shows by when a decision is expected while the application is in review, in English too', async () => {
    sessionStore.signIn(makeSession());
    const view = makeCompleteApplication({ status: 'IN_REVIEW', submittedAt: '2026-03-02T02:00:00.000Z', reviewDueAt: '2026-03-05T10:00:00.000Z' });
    mockApi({
      'GET /api/applications/app-1': () => jsonResponse(200, view),
      'GET /api/providers/p-bank': () => jsonResponse(200, makeProviderDetail()),
      'GET /api/applications/app-1/timeline': () => jsonResponse(200, { items: [makeTimelineEntry({ action: 'CLAIM', actor: { role: 'REVIEWER', displayName: null } })] }),
    });
    renderApp('/merchant/applications/app-1');

    expect(await screen.findByTestId('expected-decision')).toHaveTextContent('预计 2026年3月5日 前完成审核');
    await userEvent.click(screen.getByTestId('language-switch'));
    expect(await screen.findByText('Decision expected by 5 Mar 2026')).toBeInTheDocument();
    expect(screen.getByText('A reviewer started the review')).toBeInTheDocument();
    expect(screen.getByText(/· Reviewer$/)).toBeInTheDocument();
  });

  it('leads to the agreement once it was sent', async () => {
    sessionStore.signIn(makeSession());
    const view = makeCompleteApplication({ status: 'AGREEMENT_SENT', submittedAt: '2026-03-02T02:00:00.000Z' });
    mockApi({
      'GET /api/applications/app-1': () => jsonResponse(200, view),
      'GET /api/providers/p-bank': () => jsonResponse(200, makeProviderDetail()),
      'GET /api/applications/app-1/timeline': () => jsonResponse(200, { items: [] }),
      'GET /api/applications/app-1/agreement': () => jsonResponse(200, makeAgreement()),
    });
    const { router } = renderApp('/merchant/applications/app-1');

    const card = await screen.findByTestId('agreement-link-card');
    expect(card).toHaveTextContent('请阅读服务协议和手续费标准');
    await userEvent.click(within(card).getByRole('button', { name: '查看并签署协议' }));
    expect(router.state.location.pathname).toBe('/merchant/applications/app-1/agreement');
  });
});
