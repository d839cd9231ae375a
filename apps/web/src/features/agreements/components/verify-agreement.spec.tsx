import type { AgreementVerification } from '@pos/shared';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { sessionStore } from '../../../lib/session-store';
import { mockApi } from '../../../test/fetch-mock';
import { renderApp } from '../../../test/render';
import { mockXhr } from '../../../test/xhr-mock';
import { VerifyAgreement } from './verify-agreement';

const pdf = () => new File(['%PDF-1.7 executed'], 'AGR-2026-0001-executed.pdf', { type: 'application/pdf' });

function answer(result: AgreementVerification) {
  return mockXhr({ 'POST /api/agreements/verify': (xhr) => xhr.respond(200, result) });
}

describe(VerifyAgreement.name, () => {
  it('confirms a genuine executed agreement with its masked facts and hash, without signing in', async () => {
    sessionStore.signOut();
    mockApi({});
    const xhr = answer({
      genuine: true,
      kind: 'EXECUTED',
      sha256: 'c'.repeat(64),
      agreement: {
        reference: 'AGR-2026-0001',
        applicationReference: 'APP-2026-0001',
        providerName: '东方商业银行',
        merchantName: '王**馆',
        status: 'COUNTERSIGNED',
        merchantSignedAt: '2026-03-07T02:00:00.000Z',
        countersignedAt: '2026-03-08T02:00:00.000Z',
      },
    });
    renderApp('/verify');

    await userEvent.upload(screen.getByTestId('verify-upload'), pdf());

    const result = await screen.findByTestId('verify-result');
    expect(result).toHaveAttribute('data-genuine', 'true');
    expect(screen.getByTestId('verify-verdict')).toHaveTextContent('真实有效的已签署协议');
    expect(screen.getByTestId('verify-merchant')).toHaveTextContent('王**馆');
    expect(screen.getByTestId('verify-sha256')).toHaveTextContent('c'.repeat(64));
    expect(xhr.last()?.file?.name).toBe('AGR-2026-0001-executed.pdf');
    expect(xhr.last()?.headers.authorization).toBeUndefined();
  });

  it('says when a file matches no agreement', async () => {
    sessionStore.signOut();
    mockApi({});
    answer({ genuine: false, kind: null, sha256: 'd'.repeat(64), agreement: null });
    renderApp('/verify');

    await userEvent.upload(screen.getByTestId('verify-upload'), pdf());

    const result = await screen.findByTestId('verify-result');
    expect(result).toHaveAttribute('data-genuine', 'false');
    expect(screen.getByTestId('verify-verdict')).toHaveTextContent('未找到对应的协议');
    expect(screen.getByTestId('verify-sha256')).toHaveTextContent('d'.repeat(64));
    expect(screen.queryByText('协议编号')).not.toBeInTheDocument();
  });

  it('marks a genuine but unsigned file as not executed', async () => {
    sessionStore.signOut();
    mockApi({});
    answer({
      genuine: true,
      kind: 'UNSIGNED',
      sha256: 'a'.repeat(64),
      agreement: { reference: 'AGR-2026-0001', applicationReference: 'APP-2026-0001', providerName: '东方商业银行', merchantName: '王**馆', status: 'SENT', merchantSignedAt: null, countersignedAt: null },
    });
    renderApp('/verify');

    await userEvent.upload(screen.getByTestId('verify-upload'), pdf());

    expect(await screen.findByTestId('verify-verdict')).toHaveTextContent('真实的协议文件，但尚未完成签署');
    expect(screen.getByTestId('verify-result')).toHaveAttribute('data-kind', 'UNSIGNED');
  });

  it('is linked from the sign-in page', async () => {
    sessionStore.signOut();
    mockApi({});
    const { router } = renderApp('/login');
    await userEvent.click(screen.getByTestId('verify-agreement-link'));
    expect(router.state.location.pathname).toBe('/verify');
    expect(await screen.findByTestId('page-title')).toHaveTextContent('协议验真');
  });
});
