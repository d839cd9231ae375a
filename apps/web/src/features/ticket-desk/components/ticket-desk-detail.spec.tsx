import type { TicketDetail, TicketMessageRequest, TicketTransitionRequest } from '@pos/shared';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { sessionStore } from '../../../lib/session-store';
import { errorResponse, jsonResponse, makeSession, mockApi } from '../../../test/fetch-mock';
import { makeDeskTicket } from '../../../test/ticket-desk-fixtures';
import { renderApp } from '../../../test/render';
import { TicketDeskDetail } from './ticket-desk-detail';

type Handlers = Parameters<typeof mockApi>[0];

const support = makeSession({ id: 'user-1', role: 'SUPPORT', displayName: '赵客服', provider: { id: 'p-bank', name: '东方商业银行' } });

function openTicket(ticket: TicketDetail, handlers: Handlers = {}) {
  sessionStore.signIn(support);
  const api = mockApi({
    'GET /api/console/tickets/tk-1': () => jsonResponse(200, ticket),
    'GET /api/console/ticket-assignees': () =>
      jsonResponse(200, {
        items: [
          { id: 'user-1', displayName: '赵客服' },
          { id: 'user-2', displayName: '钱客服' },
        ],
      }),
    ...handlers,
  });
  return { ...renderApp('/console/tickets/tk-1'), api };
}

describe(TicketDeskDetail.name, () => {
  it('shows the facts, the steps the merchant tried and the SLA of the ticket', async () => {
    openTicket(makeDeskTicket());

    expect(await screen.findByTestId('page-title')).toHaveTextContent('TK-2026-000101');
    expect(screen.getByTestId('desk-status')).toHaveTextContent('待处理');
    expect(screen.getByTestId('desk-sla')).toHaveAttribute('data-state', 'ON_TRACK');
    expect(screen.getByTestId('desk-terminal')).toHaveTextContent('N910-2026-000123');
    const tried = within(screen.getByTestId('desk-tried')).getByTestId('desk-tried-step');
    expect(tried).toHaveTextContent('仔细重新输入密码');
    expect(tried).toHaveTextContent('持卡人');
    expect(tried).toHaveTextContent('没有解决');
    expect(screen.getByTestId('desk-history-entry')).toHaveTextContent('提交工单');
  });

  it('sends an internal note with internal:true and marks it as not visible to the merchant', async () => {
    const ticket = makeDeskTicket();
    const { api } = openTicket(ticket, {
      'POST /api/console/tickets/tk-1/messages': ({ body }) => {
        const request = body as TicketMessageRequest;
        return jsonResponse(201, {
          ...ticket,
          messages: [
            ...ticket.messages,
            { id: 'msg-2', author: { id: 'user-1', displayName: '赵客服', side: 'PROVIDER' }, body: request.body, internal: Boolean(request.internal), attachments: [], createdAt: '2026-05-18T02:00:00.000Z' },
          ],
        });
      },
    });
    const user = userEvent.setup();

    const merchantMessage = (await screen.findAllByTestId('desk-message'))[0];
    expect(merchantMessage).not.toHaveAttribute('data-internal');
    await user.click(screen.getByTestId('desk-internal-toggle'));
    await user.type(screen.getByTestId('desk-reply-body'), '商户的终端上周刚换过密码键盘');
    expect(screen.getByTestId('desk-reply-send')).toHaveTextContent('保存内部备注');
    await user.click(screen.getByTestId('desk-reply-send'));

    await waitFor(() => expect(api.callsTo('POST /api/console/tickets/tk-1/messages')).toHaveLength(1));
    expect(api.callsTo('POST /api/console/tickets/tk-1/messages')[0]?.body).toEqual({ body: '商户的终端上周刚换过密码键盘', internal: true });
    await waitFor(() => expect(screen.getAllByTestId('desk-message')).toHaveLength(2));
    const note = screen.getAllByTestId('desk-message')[1];
    expect(note).toHaveAttribute('data-internal', 'true');
    expect(note).toHaveTextContent('内部备注，商户不可见');
  });

  it('replies to the merchant with internal:false by default', async () => {
    const ticket = makeDeskTicket();
    const { api } = openTicket(ticket, { 'POST /api/console/tickets/tk-1/messages': () => jsonResponse(201, ticket) });
    const user = userEvent.setup();

    await user.type(await screen.findByTestId('desk-reply-body'), '您好，我们正在排查');
    await user.click(screen.getByTestId('desk-reply-send'));
    await waitFor(() => expect(api.callsTo('POST /api/console/tickets/tk-1/messages')).toHaveLength(1));
    expect(api.callsTo('POST /api/console/tickets/tk-1/messages')[0]?.body).toEqual({ body: '您好，我们正在排查', internal: false });
  });

  it('offers only the lifecycle events the API allows, and resolving needs a note for the merchant', async () => {
    const ticket = makeDeskTicket({ status: 'IN_PROGRESS', allowedEvents: ['WAIT_ON_MERCHANT', 'WAIT_ON_THIRD_PARTY', 'RESOLVE'] });
    const { api } = openTicket(ticket, {
      'POST /api/console/tickets/tk-1/transition': () => jsonResponse(200, { ...ticket, status: 'RESOLVED', allowedEvents: [] }),
    });
    const user = userEvent.setup();

    await user.click(await screen.findByTestId('desk-event-RESOLVE'));
    expect(screen.getByTestId('desk-event-WAIT_ON_MERCHANT')).toBeInTheDocument();
    expect(screen.getByTestId('desk-event-WAIT_ON_THIRD_PARTY')).toBeInTheDocument();
    expect(screen.queryByTestId('desk-event-START')).not.toBeInTheDocument();
    expect(screen.queryByTestId('desk-event-RESUME')).not.toBeInTheDocument();

    await user.click(await screen.findByTestId('desk-event-confirm'));
    expect(await screen.findByText('请写一句给商户的说明')).toBeInTheDocument();
    expect(api.callsTo('POST /api/console/tickets/tk-1/transition')).toHaveLength(0);

    await user.type(screen.getByTestId('desk-event-note'), '已为您重置密码键盘，请再试一次');
    await user.click(screen.getByTestId('desk-event-confirm'));
    await waitFor(() => expect(api.callsTo('POST /api/console/tickets/tk-1/transition')).toHaveLength(1));
    expect(api.callsTo('POST /api/console/tickets/tk-1/transition')[0]?.body).toEqual<TicketTransitionRequest>({ event: 'RESOLVE', note: '已为您重置密码键盘，请再试一次' });
    await waitFor(() => expect(screen.getByTestId('desk-status')).toHaveTextContent('已解决'));
    expect(screen.queryByTestId('desk-event-RESOLVE')).not.toBeInTheDocument();
  });

  it('says the ticket waits on the merchant in staff words, not the merchant\'s 待您回复', async () => {
    const ticket = makeDeskTicket({ status: 'IN_PROGRESS', allowedEvents: ['WAIT_ON_MERCHANT', 'WAIT_ON_THIRD_PARTY', 'RESOLVE'] });
    const waiting: TicketDetail = {
      ...ticket,
      status: 'WAITING_ON_MERCHANT',
      allowedEvents: ['RESUME', 'RESOLVE'],
      history: [
        ...ticket.history,
        { action: 'TICKET_WAIT_ON_MERCHANT', fromStatus: 'IN_PROGRESS', toStatus: 'WAITING_ON_MERCHANT', reason: '是芯片卡还是磁条卡？', actor: { id: 'user-1', displayName: '赵客服' }, at: '2026-05-18T02:00:00.000Z' },
      ],
    };
    openTicket(ticket, { 'POST /api/console/tickets/tk-1/transition': () => jsonResponse(200, waiting) });
    const user = userEvent.setup();

    await user.click(await screen.findByTestId('desk-event-WAIT_ON_MERCHANT'));
    await user.type(await screen.findByTestId('desk-event-note'), '是芯片卡还是磁条卡？');
    await user.click(screen.getByTestId('desk-event-confirm'));
    expect(await screen.findByText('工单状态已改为「等待商户回复」')).toBeInTheDocument();
    expect(screen.getByTestId('desk-status')).toHaveTextContent(/^等待商户回复$/);
    expect(screen.getAllByTestId('desk-history-entry').at(-1)).toHaveTextContent('处理中 → 等待商户回复');
    expect(screen.queryByText('待您回复')).not.toBeInTheDocument();
  });

  it('starts work without a note and assigns the ticket to the signed-in staff member', async () => {
    const ticket = makeDeskTicket();
    const { api } = openTicket(ticket, {
      'POST /api/console/tickets/tk-1/transition': () => jsonResponse(200, { ...ticket, status: 'IN_PROGRESS', allowedEvents: ['RESOLVE'] }),
      'POST /api/console/tickets/tk-1/assign': () => jsonResponse(200, { ...ticket, status: 'IN_PROGRESS', allowedEvents: ['RESOLVE'], assignee: { id: 'user-1', displayName: '赵客服' } }),
    });
    const user = userEvent.setup();

    await user.click(await screen.findByTestId('desk-event-START'));
    await waitFor(() => expect(api.callsTo('POST /api/console/tickets/tk-1/transition')).toHaveLength(1));
    expect(api.callsTo('POST /api/console/tickets/tk-1/transition')[0]?.body).toEqual({ event: 'START' });
    expect(screen.queryByTestId('desk-event-note')).not.toBeInTheDocument();

    await user.click(screen.getByTestId('desk-assign-me'));
    await waitFor(() => expect(api.callsTo('POST /api/console/tickets/tk-1/assign')).toHaveLength(1));
    expect(api.callsTo('POST /api/console/tickets/tk-1/assign')[0]?.body).toEqual({ assigneeId: 'user-1' });
    await waitFor(() => expect(screen.queryByTestId('desk-assign-me')).not.toBeInTheDocument());
  });

  it('names the merge target’s problem when the API refuses the reference', async () => {
    const ticket = makeDeskTicket();
    const { api } = openTicket(ticket, {
      'POST /api/console/tickets/tk-1/merge': () =>
        errorResponse(400, { code: 'VALIDATION_FAILED', message: '提交的信息有误', details: { fields: [{ field: 'intoReference', code: 'ticketNotFound', message: '没有找到这个工单号' }] } }),
    });
    const user = userEvent.setup();

    await user.click(await screen.findByTestId('desk-merge'));
    await user.type(await screen.findByTestId('desk-merge-reference'), 'tk-2026-000999');
    await user.click(screen.getByTestId('desk-merge-confirm'));
    expect(await screen.findByText('没有找到这个工单号')).toBeInTheDocument();
    expect(api.callsTo('POST /api/console/tickets/tk-1/merge')[0]?.body).toEqual({ intoReference: 'TK-2026-000999' });
  });
});
