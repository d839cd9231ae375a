import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { sessionStore } from '../../../lib/session-store';
import { jsonResponse, makeSession, mockApi } from '../../../test/fetch-mock';
import { renderApp } from '../../../test/render';
import { admin, makeAgreement, reviewer } from '../../../test/review-fixtures';
import { ConsoleAgreements } from './console-agreements';

const signed = makeAgreement({ status: 'MERCHANT_SIGNED', merchantSignedName: '王大明', merchantSignedAt: '2026-03-07T02:00:00.000Z' });
const sent = makeAgreement({ id: 'agr-2', reference: 'AGR-2026-0002', applicationReference: 'APP-2026-0002' });

describe(ConsoleAgreements.name, () => {
  it('countersigns a signed agreement after showing the signature facts', async () => {
    sessionStore.signIn(makeSession(admin));
    let countersigned = false;
    const done = { ...signed, status: 'COUNTERSIGNED' as const, countersignedAt: '2026-03-08T02:00:00.000Z', countersignedBy: '赵管理员', finalSha256: 'c'.repeat(64), finalUrl: '/api/agreements/agr-1/final' };
    const api = mockApi({
      'GET /api/console/agreements': () => jsonResponse(200, { items: [countersigned ? done : signed, sent] }),
      'POST /api/console/agreements/agr-1/countersign': () => {
        countersigned = true;
        return jsonResponse(200, done);
      },
    });
    renderApp('/console/agreements');
    const user = userEvent.setup();

    const row = await screen.findByTestId('agreement-row-AGR-2026-0001');
    expect(within(row).getByTestId('agreement-status')).toHaveTextContent('待服务商会签');
    // Only a merchant-signed agreement can be countersigned.
    expect(within(screen.getByTestId('agreement-row-AGR-2026-0002')).queryByTestId('countersign-AGR-2026-0002')).not.toBeInTheDocument();

    await user.click(within(row).getByTestId('countersign-AGR-2026-0001'));
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByTestId('countersign-signer')).toHaveTextContent('王大明');
    expect(within(dialog).getByText(/^2026年3月7日 \d{2}:\d{2}$/)).toBeInTheDocument();
    await user.click(within(dialog).getByTestId('countersign-confirm'));

    await waitFor(() => expect(api.callsTo('POST /api/console/agreements/agr-1/countersign')).toHaveLength(1));
    await waitFor(() => expect(within(screen.getByTestId('agreement-row-AGR-2026-0001')).getByTestId('agreement-status')).toHaveTextContent('已生效'));
    expect(screen.getByTestId('download-final-AGR-2026-0001')).toBeInTheDocument();
    expect(screen.queryByTestId('countersign-AGR-2026-0001')).not.toBeInTheDocument();
  });

  it('lets a reviewer read but not countersign, and filters by status', async () => {
    sessionStore.signIn(makeSession(reviewer));
    const api = mockApi({ 'GET /api/console/agreements': () => jsonResponse(200, { items: [signed] }) });
    renderApp('/console/agreements?status=MERCHANT_SIGNED');

    const row = await screen.findByTestId('agreement-row-AGR-2026-0001');
    expect(within(row).getByTestId('view-agreement-AGR-2026-0001')).toBeInTheDocument();
    expect(within(row).queryByTestId('countersign-AGR-2026-0001')).not.toBeInTheDocument();
    const url = new URL(String(api.fetchMock.mock.calls[0]?.[0]), 'http://localhost');
    expect(url.searchParams.get('status')).toBe('MERCHANT_SIGNED');
  });
});
