import { DEFAULT_SLA_TARGETS, type SlaSettings } from '@pos/shared';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { sessionStore } from '../../../lib/session-store';
import { jsonResponse, makeSession, mockApi } from '../../../test/fetch-mock';
import { makeProviderDetail } from '../../../test/fixtures';
import { renderApp } from '../../../test/render';
import { SlaSettingsForm } from './sla-settings-form';

const admin = makeSession({ role: 'PROVIDER_ADMIN', displayName: '赵管理员', provider: { id: 'p-bank', name: '东方商业银行' } });
const profile = { ...makeProviderDetail(), secondApprovalTerminalThreshold: 5, secondApprovalMccs: [], inspectionIntervalDays: 90 };
// The API may list the targets in any order; the form shows them most urgent first.
const settings: SlaSettings = {
  supportDayStartMinute: 540,
  supportDayEndMinute: 1080,
  ticketAutoCloseDays: 7,
  targets: [DEFAULT_SLA_TARGETS.LOW, DEFAULT_SLA_TARGETS.NORMAL, DEFAULT_SLA_TARGETS.HIGH, DEFAULT_SLA_TARGETS.URGENT],
};

describe(SlaSettingsForm.name, () => {
  it('refuses a resolution target shorter than the first response, then saves the settings', async () => {
    sessionStore.signIn(admin);
    const api = mockApi({
      'GET /api/console/provider/profile': () => jsonResponse(200, profile),
      'GET /api/console/provider/sla': () => jsonResponse(200, settings),
      'PUT /api/console/provider/sla': ({ body }) => jsonResponse(200, body),
    });
    renderApp('/console/provider-settings?tab=sla');
    const user = userEvent.setup();

    const urgentResolution = await screen.findByLabelText('紧急 解决');
    expect(urgentResolution).toHaveValue('240');
    expect(screen.getByText('约 4 小时')).toBeInTheDocument();
    expect(screen.getByTestId('sla-day-start')).toHaveTextContent('09:00');
    expect(screen.getByTestId('sla-day-end')).toHaveTextContent('18:00');

    await user.clear(urgentResolution);
    await user.type(urgentResolution, '20');
    await user.click(screen.getByTestId('sla-settings-save'));
    expect(await screen.findByText('解决时限不能短于首次响应时限')).toBeInTheDocument();
    expect(api.callsTo('PUT /api/console/provider/sla')).toHaveLength(0);

    await user.clear(urgentResolution);
    await user.type(urgentResolution, '300');
    await user.clear(screen.getByLabelText('高 首次响应'));
    await user.type(screen.getByLabelText('高 首次响应'), '45');
    await user.clear(screen.getByLabelText('已解决工单自动关闭'));
    await user.type(screen.getByLabelText('已解决工单自动关闭'), '5');
    await user.click(screen.getByTestId('sla-settings-save'));

    await waitFor(() => expect(api.callsTo('PUT /api/console/provider/sla')).toHaveLength(1));
    expect(api.callsTo('PUT /api/console/provider/sla')[0]?.body).toEqual<SlaSettings>({
      supportDayStartMinute: 540,
      supportDayEndMinute: 1080,
      ticketAutoCloseDays: 5,
      targets: [
        { priority: 'URGENT', firstResponseMinutes: 30, resolutionMinutes: 300, warnBeforeMinutes: 15 },
        { priority: 'HIGH', firstResponseMinutes: 45, resolutionMinutes: 540, warnBeforeMinutes: 30 },
        { priority: 'NORMAL', firstResponseMinutes: 120, resolutionMinutes: 1080, warnBeforeMinutes: 60 },
        { priority: 'LOW', firstResponseMinutes: 480, resolutionMinutes: 2700, warnBeforeMinutes: 120 },
      ],
    });
    expect(await screen.findByText('SLA 设置已保存，新工单按新时限计算')).toBeInTheDocument();
  });
});
