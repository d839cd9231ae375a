import { screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sessionStore } from '../../../lib/session-store';
import { jsonResponse, makeSession, mockApi } from '../../../test/fetch-mock';
import { makeProviderDetail } from '../../../test/fixtures';
import { makeInstallation } from '../../../test/installation-fixtures';
import { renderApp } from '../../../test/render';

/** A 390 × 844 phone (iPhone 12–15): media queries answer for that width instead of the 1280 px desktop of setup.ts. */
const PHONE_WIDTH = 390;
function phoneMatchMedia(query: string): MediaQueryList {
  const min = /min-width:\s*([\d.]+)px/.exec(query);
  const max = /max-width:\s*([\d.]+)px/.exec(query);
  const matches = Boolean(min || max) && (!min || PHONE_WIDTH >= Number(min[1])) && (!max || PHONE_WIDTH <= Number(max[1]));
  return {
    matches,
    media: query,
    onchange: null,
    addListener: () => undefined,
    removeListener: () => undefined,
    addEventListener: () => undefined,
    removeEventListener: () => undefined,
    dispatchEvent: () => false,
  };
}

const technician = makeSession({ role: 'TECHNICIAN', displayName: '钱师傅', provider: { id: 'p-bank', name: '东方商业银行' } });
const job = makeInstallation({
  status: 'ON_SITE',
  confirmedWindow: { start: '2030-05-20T01:00:00.000Z', end: '2030-05-20T04:00:00.000Z' },
  technician: { id: 'tech-1', displayName: '钱师傅', mobile: '13700137000' },
});

describe('the job page on a 390 px phone', () => {
  let desktopMatchMedia: typeof window.matchMedia;
  beforeEach(() => {
    desktopMatchMedia = window.matchMedia;
    window.matchMedia = phoneMatchMedia;
    document.body.style.width = `${PHONE_WIDTH}px`;
  });
  afterEach(() => {
    window.matchMedia = desktopMatchMedia;
    document.body.style.width = '';
  });

  it('hides the desktop sider and lays the job out in one column of full-width controls', async () => {
    sessionStore.signIn(technician);
    mockApi({
      'GET /api/console/jobs/inst-1': () => jsonResponse(200, job),
      'GET /api/providers/p-bank': () => jsonResponse(200, makeProviderDetail()),
    });
    const { container } = renderApp('/console/jobs/inst-1');

    expect(await screen.findByTestId('job-page')).toBeInTheDocument();
    const sider = container.querySelector('.app-shell-sider') as HTMLElement;
    await waitFor(() => expect(sider).toHaveClass('ant-layout-sider-collapsed'));
    expect(sider.style.width).toBe('0px');
    expect(sider.style.maxWidth).toBe('0px');

    // No tables (they scroll sideways on a phone); the main actions span the width and are large.
    expect(container.querySelector('.ant-table')).toBeNull();
    for (const testId of ['complete-installation', 'add-terminal', 'call-contact']) {
      expect(screen.getByTestId(testId)).toHaveClass('ant-btn-block');
      expect(screen.getByTestId(testId)).toHaveClass('ant-btn-lg');
    }
    // Every checklist switch sits in a full-width row at least 52 px high.
    const row = screen.getByTestId('check-power').closest('label') as HTMLElement;
    expect(row.style.minHeight).toBe('52px');
    expect(row.style.display).toBe('flex');
  });
});
