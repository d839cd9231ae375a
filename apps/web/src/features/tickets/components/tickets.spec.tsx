import { TicketStatus } from '@pos/shared';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { en } from '../../../lib/locales/en';
import { zhCN } from '../../../lib/locales/zh-CN';
import { sessionStore } from '../../../lib/session-store';
import { errorResponse, jsonResponse, makeSession, mockApi } from '../../../test/fetch-mock';
import { makeTerminal } from '../../../test/installation-fixtures';
import { makeSla, makeTicket, makeTicketSummary } from '../../../test/ticket-fixtures';
import { renderApp } from '../../../test/render';
import { mockXhr } from '../../../test/xhr-mock';

describe('merchant tickets', () => {
  it('lists tickets with status, category, terminal and the next expected response in Beijing time, page by page', async () => {
    sessionStore.signIn(makeSession());
    let pages = 0;
    const api = mockApi({
      'GET /api/tickets': () => {
        pages += 1;
        if (pages > 1) {
          return jsonResponse(200, {
            items: [makeTicketSummary({ id: 't-3', reference: 'TK-2026-0003', status: 'CLOSED', sla: makeSla({ nextDueAt: null, state: 'MET' }) })],
            nextCursor: null,
          });
        }
        return jsonResponse(200, {
          items: [
            makeTicketSummary(),
            makeTicketSummary({
              id: 't-2',
              reference: 'TK-2026-0002',
              status: 'WAITING_ON_MERCHANT',
              category: 'NETWORK',
              subject: '网络断开',
              terminal: { id: 'term-2', serialNumber: 'A8-2026-000001', model: '联迪 A8' },
              sla: makeSla({ state: 'PAUSED' }),
            }),
          ],
          nextCursor: 'c-2',
        });
      },
      'GET /api/tickets/t-1': () => jsonResponse(200, makeTicket()),
    });
    const { router } = renderApp('/merchant/tickets');
    const user = userEvent.setup();

    const first = await screen.findByTestId('ticket-row-TK-2026-0001');
    expect(within(screen.getByTestId('ticket-list')).getAllByRole('listitem')).toHaveLength(2);
    expect(within(first).getByTestId('ticket-status')).toHaveTextContent('待处理');
    expect(within(first).getByText('密码错误')).toBeInTheDocument();
    expect(within(first).getByText('N910-2026-000123')).toBeInTheDocument();
    // 10:00 UTC is 18:00 in Beijing.
    expect(within(first).getByTestId('ticket-next-response')).toHaveTextContent('2026年3月5日 18:00（北京时间）');

    const paused = screen.getByTestId('ticket-row-TK-2026-0002');
    expect(within(paused).getByTestId('ticket-status')).toHaveTextContent('待您回复');
    expect(within(paused).getByTestId('ticket-next-response')).toHaveTextContent('已暂停');
    expect(within(paused).getByText('网络')).toBeInTheDocument();

    await user.click(screen.getByTestId('ticket-load-more'));
    const closed = await screen.findByTestId('ticket-row-TK-2026-0003');
    expect(within(closed).getByTestId('ticket-status')).toHaveTextContent('已关闭');
    expect(within(closed).getByTestId('ticket-next-response')).toHaveTextContent('—');
    expect(screen.queryByTestId('ticket-load-more')).not.toBeInTheDocument();
    const urls = (api.fetchMock.mock.calls as [string][]).map(([url]) => url).filter((url) => url.startsWith('/api/tickets'));
    expect(urls).toEqual(['/api/tickets', '/api/tickets?cursor=c-2']);

    await user.click(within(first).getByRole('link', { name: '持卡人多次提示密码错误' }));
    expect(router.state.location.pathname).toBe('/merchant/tickets/t-1');
  });

  it('opens a ticket directly and shows the API’s field errors on the form', async () => {
    sessionStore.signIn(makeSession());
    let attempts = 0;
    const api = mockApi({
      'GET /api/tickets': () => jsonResponse(200, { items: [], nextCursor: null }),
      'GET /api/terminals': () => jsonResponse(200, { items: [makeTerminal({ status: 'LIVE' })] }),
      'POST /api/tickets': () => {
        attempts += 1;
        return attempts === 1
          ? errorResponse(400, { code: 'VALIDATION_FAILED', message: '提交的信息有误', details: { fields: [{ field: 'subject', code: 'tooLong', message: '标题太长' }] } })
          : jsonResponse(201, makeTicket({ id: 't-7', reference: 'TK-2026-0007' }));
      },
      'GET /api/tickets/t-7': () => jsonResponse(200, makeTicket({ id: 't-7', reference: 'TK-2026-0007' })),
    });
    const { router } = renderApp('/merchant/tickets');
    const user = userEvent.setup();

    await user.click(await screen.findByTestId('ticket-new'));
    expect(router.state.location.pathname).toBe('/merchant/tickets/new');
    expect(await screen.findByTestId('ticket-terminal')).toHaveTextContent('N910-2026-000123');
    await user.type(within(screen.getByTestId('ticket-response-code')).getByRole('combobox'), '96');
    await user.click(await screen.findByText(/^96 /, { selector: '.ant-select-item-option-content' }));
    expect(screen.getByTestId('ticket-category')).toHaveTextContent('刷卡器或系统故障');
    await user.type(screen.getByTestId('ticket-subject'), '所有卡都提示 96');
    await user.type(screen.getByTestId('ticket-description'), '从早上开始。');
    await user.click(screen.getByTestId('ticket-new-submit'));

    expect(await screen.findByText('标题太长')).toBeInTheDocument();
    await user.click(screen.getByTestId('ticket-new-submit'));

    await waitFor(() => expect(router.state.location.pathname).toBe('/merchant/tickets/t-7'));
    expect(api.callsTo('POST /api/tickets')[1]?.body).toEqual({
      terminalId: 'term-1',
      category: 'SYSTEM_FAULT',
      responseCode: '96',
      subject: '所有卡都提示 96',
      description: '从早上开始。',
    });
  });

  it('shows the ticket’s state, the steps tried and the conversation, and sends a reply with an attachment', async () => {
    sessionStore.signIn(makeSession());
    const ticket = makeTicket({
      status: 'WAITING_ON_MERCHANT',
      priority: 'HIGH',
      sla: makeSla({ state: 'PAUSED' }),
      messages: [
        {
          id: 'm-1',
          author: { id: 'staff-1', displayName: '李客服', side: 'PROVIDER' },
          body: '请拍一张终端屏幕的照片。',
          internal: false,
          attachments: [],
          createdAt: '2026-03-05T03:00:00.000Z',
        },
      ],
    });
    const api = mockApi({
      'GET /api/tickets/t-1': () => jsonResponse(200, ticket),
      'POST /api/tickets/t-1/messages': ({ body }) =>
        jsonResponse(201, {
          ...ticket,
          status: 'IN_PROGRESS',
          messages: [
            ...ticket.messages,
            {
              id: 'm-2',
              author: { id: 'user-1', displayName: '王店主', side: 'MERCHANT' },
              body: (body as { body: string }).body,
              internal: false,
              attachments: [{ id: 'att-1', originalName: 'screen.png', mimeType: 'image/png', sizeBytes: 2048, createdAt: '2026-03-05T04:00:00.000Z' }],
              createdAt: '2026-03-05T04:00:00.000Z',
            },
          ],
        }),
    });
    const xhr = mockXhr({
      'POST /api/tickets/t-1/attachments': (request) =>
        request.respond(201, { id: 'att-1', originalName: 'screen.png', mimeType: 'image/png', sizeBytes: 2048, createdAt: '2026-03-05T04:00:00.000Z' }),
    });
    renderApp('/merchant/tickets/t-1');
    const user = userEvent.setup();

    expect(await screen.findByTestId('ticket-status')).toHaveTextContent('待您回复');
    expect(screen.getByTestId('ticket-priority')).toHaveTextContent('高');
    expect(screen.getByTestId('ticket-next-response')).toHaveTextContent('已暂停');
    expect(screen.queryByTestId('ticket-withdraw')).not.toBeInTheDocument();
    expect(screen.queryByTestId('ticket-rate')).not.toBeInTheDocument();

    const steps = screen.getByTestId('ticket-steps-tried');
    expect(steps).toHaveTextContent('已尝试的排查步骤（2 步）');
    expect(within(steps).queryByText(/仔细重新输入密码/)).not.toBeInTheDocument();
    await user.click(within(steps).getByRole('button', { name: /已尝试的排查步骤/ }));
    expect(await within(steps).findByText(/仔细重新输入密码/)).toBeInTheDocument();

    const [providerMessage] = screen.getAllByTestId('ticket-message');
    expect(providerMessage).toHaveAttribute('data-side', 'PROVIDER');
    expect(providerMessage).toHaveTextContent('李客服');

    await user.upload(screen.getByTestId('ticket-reply-file'), new File(['png'], 'screen.png', { type: 'image/png' }));
    expect(await within(screen.getByTestId('ticket-reply-attachments')).findByText('screen.png')).toBeInTheDocument();
    expect(xhr.last()?.file?.name).toBe('screen.png');
    await user.type(screen.getByTestId('ticket-reply-body'), '照片已上传');
    await user.click(screen.getByTestId('ticket-reply-send'));

    await waitFor(() => expect(screen.getAllByTestId('ticket-message')).toHaveLength(2));
    expect(api.callsTo('POST /api/tickets/t-1/messages')[0]?.body).toEqual({ body: '照片已上传', attachmentIds: ['att-1'] });
    expect(screen.getAllByTestId('ticket-message')[1]).toHaveAttribute('data-side', 'MERCHANT');
    expect(screen.getAllByTestId('ticket-message')[1]).toHaveTextContent('我');
    expect(screen.getByTestId('ticket-status')).toHaveTextContent('处理中');
    expect(screen.getByTestId('ticket-reply-body')).toHaveValue('');
  });

  it('sends one Idempotency-Key for every click of one reply (a double click, a retry after an error) and a new one for the next reply', async () => {
    sessionStore.signIn(makeSession());
    const ticket = makeTicket({ status: 'WAITING_ON_MERCHANT' });
    let attempts = 0;
    const api = mockApi({
      'GET /api/tickets/t-1': () => jsonResponse(200, ticket),
      'POST /api/tickets/t-1/messages': () => {
        attempts += 1;
        // The first attempt fails (as a dropped connection would); the retry and the next reply succeed.
        return attempts === 1 ? errorResponse(503, { code: 'SERVICE_UNAVAILABLE', message: '服务暂不可用' }) : jsonResponse(201, ticket);
      },
    });
    renderApp('/merchant/tickets/t-1');
    const user = userEvent.setup();

    await user.type(await screen.findByTestId('ticket-reply-body'), '第一条');
    const send = screen.getByTestId('ticket-reply-send');
    // A double click: the form, disabled while sending, lets one request through; any that got through would carry the same key.
    fireEvent.click(send);
    fireEvent.click(send);
    await waitFor(() => expect(api.callsTo('POST /api/tickets/t-1/messages')).toHaveLength(1));
    await waitFor(() => expect(screen.getByTestId('ticket-reply-send')).toBeEnabled());
    await user.click(screen.getByTestId('ticket-reply-send'));
    await waitFor(() => expect(screen.getByTestId('ticket-reply-body')).toHaveValue(''));

    await user.type(screen.getByTestId('ticket-reply-body'), '第二条');
    await user.click(screen.getByTestId('ticket-reply-send'));
    await waitFor(() => expect(api.callsTo('POST /api/tickets/t-1/messages')).toHaveLength(3));

    const keys = api.callsTo('POST /api/tickets/t-1/messages').map((call) => call.headers.get('Idempotency-Key'));
    expect(keys[0]).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(keys[1]).toBe(keys[0]);
    expect(keys[2]).toMatch(/^[0-9a-f-]{36}$/);
    expect(keys[2]).not.toBe(keys[0]);
  });

  it('hides the reply box on a ticket that takes no replies, and rates a resolved one', async () => {
    sessionStore.signIn(makeSession());
    const resolved = makeTicket({ status: 'RESOLVED', canReply: false, canRate: true, sla: makeSla({ nextDueAt: null, state: 'MET' }) });
    const api = mockApi({
      'GET /api/tickets/t-1': () => jsonResponse(200, resolved),
      'POST /api/tickets/t-1/rate': () => jsonResponse(200, { ...resolved, status: 'CLOSED', canRate: false, rating: 4, ratingComment: '很快' }),
    });
    renderApp('/merchant/tickets/t-1');
    const user = userEvent.setup();

    expect(await screen.findByTestId('ticket-status')).toHaveTextContent('已解决');
    expect(screen.queryByTestId('ticket-reply-body')).not.toBeInTheDocument();
    expect(screen.queryByTestId('ticket-reply-send')).not.toBeInTheDocument();
    expect(screen.getByTestId('ticket-reply-closed')).toBeInTheDocument();

    await user.click(screen.getByTestId('ticket-rate-submit'));
    expect(await screen.findByText('请选择评分')).toBeInTheDocument();
    expect(api.callsTo('POST /api/tickets/t-1/rate')).toHaveLength(0);

    const stars = within(screen.getByTestId('ticket-rate')).getAllByRole('radio');
    await user.click(stars[3]!);
    await user.type(screen.getByTestId('ticket-rate-comment'), '很快');
    await user.click(screen.getByTestId('ticket-rate-submit'));

    expect(await screen.findByText('您的评分：4 星')).toBeInTheDocument();
    expect(api.callsTo('POST /api/tickets/t-1/rate')[0]?.body).toEqual({ rating: 4, comment: '很快' });
    expect(screen.getByTestId('ticket-status')).toHaveTextContent('已关闭');
    expect(screen.queryByTestId('ticket-rate-submit')).not.toBeInTheDocument();
  });

  it('withdraws an open ticket after confirmation', async () => {
    sessionStore.signIn(makeSession());
    const api = mockApi({
      'GET /api/tickets/t-1': () => jsonResponse(200, makeTicket()),
      'POST /api/tickets/t-1/cancel': () => jsonResponse(200, makeTicket({ status: 'CLOSED', canReply: false })),
    });
    renderApp('/merchant/tickets/t-1');
    const user = userEvent.setup();

    await user.click(await screen.findByTestId('ticket-withdraw'));
    expect(api.callsTo('POST /api/tickets/t-1/cancel')).toHaveLength(0);
    await user.click(await screen.findByTestId('ticket-withdraw-confirm'));

    await waitFor(() => expect(screen.getByTestId('ticket-status')).toHaveTextContent('已关闭'));
    expect(api.callsTo('POST /api/tickets/t-1/cancel')).toHaveLength(1);
    expect(screen.queryByTestId('ticket-withdraw')).not.toBeInTheDocument();
  });

  it('names every ticket status in both languages', () => {
    for (const status of Object.values(TicketStatus)) {
      expect(zhCN.tickets.status[status]).toMatch(/\S/);
      expect(en.tickets.status[status]).toMatch(/\S/);
      expect(en.tickets.status[status]).not.toBe(zhCN.tickets.status[status]);
    }
  });
});
