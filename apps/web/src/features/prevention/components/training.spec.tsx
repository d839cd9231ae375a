import type { TrainingModuleView, TrainingOverviewResponse } from '@pos/shared';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { sessionStore } from '../../../lib/session-store';
import { errorResponse, jsonResponse, makeSession, mockApi } from '../../../test/fetch-mock';
import { renderApp } from '../../../test/render';
import { TrainingCentre } from './training-centre';
import { TrainingModulePage } from './training-module';

const merchant = makeSession({ id: 'm-1', role: 'MERCHANT', displayName: '王小明' });
const text = (zh: string, en = zh) => ({ zh, en });

const MODULE: TrainingModuleView = {
  module: 'CHECKING_CARDS',
  title: text('检查银行卡', 'Checking cards'),
  summary: text('收卡时看有效期、卡面和芯片。'),
  minutes: 8,
  sections: [{ title: text('1. 有效期'), points: [text('卡面上的“月/年”是有效期。')] }],
  questions: [
    { id: 'card-1', prompt: text('这张卡过期了吗？'), options: [text('能'), text('不能，已经过期')] },
    { id: 'card-2', prompt: text('芯片读不出来怎么办？'), options: [text('一直重插'), text('请顾客换卡')] },
    { id: 'card-3', prompt: text('卡号有涂改？'), options: [text('照常收款'), text('婉拒并联系服务商')] },
  ],
  passMark: 2,
};

const OVERVIEW: TrainingOverviewResponse = {
  today: '2026-11-25',
  refresherDays: 365,
  records: [{ id: 'r-1', module: 'CHECKING_CARDS', traineeName: '赵收银', trainedOn: '2025-10-01', trainerName: null, notes: null, quizScore: 3, quizTotal: 3, createdAt: '2025-10-01T02:00:00.000Z' }],
  refreshers: [{ traineeName: '赵收银', module: 'CHECKING_CARDS', lastTrainedOn: '2025-10-01', refresherDueOn: '2026-10-01', state: 'DUE' }],
};

describe(TrainingCentre.name, () => {
  it('shows the modules, who is due for a refresher, and saves the refresher interval', async () => {
    sessionStore.signIn(merchant);
    const api = mockApi({
      'GET /api/prevention/training/modules': () => jsonResponse(200, { items: [MODULE] }),
      'GET /api/prevention/training/records': () => jsonResponse(200, OVERVIEW),
      'GET /api/prevention/settings': () => jsonResponse(200, { trainingRefresherDays: 365 }),
      'PUT /api/prevention/settings': () => jsonResponse(200, { trainingRefresherDays: 180 }),
    });
    const { router } = renderApp('/merchant/prevention');

    expect(await screen.findByTestId('module-CHECKING_CARDS')).toHaveTextContent('检查银行卡');
    expect(screen.getByTestId('module-CHECKING_CARDS')).toHaveTextContent('3 道测验题');
    const due = await screen.findByTestId('refresher-赵收银-CHECKING_CARDS');
    expect(due).toHaveTextContent('需要复训');
    expect(due).toHaveTextContent('2026年10月1日');
    expect(screen.getByTestId('record-r-1')).toHaveTextContent('3 / 3');

    const days = await screen.findByTestId('refresher-days');
    await userEvent.clear(days);
    await userEvent.type(days, '180');
    await userEvent.click(screen.getByTestId('save-refresher'));
    await screen.findByText('已保存');
    expect(api.callsTo('PUT /api/prevention/settings')[0]?.body).toEqual({ trainingRefresherDays: 180 });

    await userEvent.click(screen.getByTestId('start-CHECKING_CARDS'));
    expect(router.state.location.pathname).toBe('/merchant/prevention/training/CHECKING_CARDS');
  });
});

describe(TrainingModulePage.name, () => {
  it('submits the quiz to the server: a fail marks the questions to review, a pass records the cashier', async () => {
    sessionStore.signIn(merchant);
    let attempt = 0;
    const api = mockApi({
      'GET /api/prevention/training/modules/CHECKING_CARDS': () => jsonResponse(200, MODULE),
      'POST /api/prevention/training/records': () =>
        ++attempt === 1
          ? errorResponse(422, { code: 'QUIZ_NOT_PASSED', message: '测验未通过（答对 1 / 3 题，需答对 2 题），请复习后再试', details: { score: 1, total: 3, passMark: 2, wrongQuestionIds: ['card-2', 'card-3'] } })
          : jsonResponse(201, { id: 'r-2', module: 'CHECKING_CARDS', traineeName: '李收银', trainedOn: '2026-11-25', trainerName: null, notes: null, quizScore: 3, quizTotal: 3, createdAt: '2026-11-25T02:00:00.000Z' }),
    });
    renderApp('/merchant/prevention/training/CHECKING_CARDS');

    expect(await screen.findByTestId('page-title')).toHaveTextContent('检查银行卡');
    expect(screen.getByText('卡面上的“月/年”是有效期。')).toBeInTheDocument();

    // Unanswered questions and no name: the form says so before anything is sent.
    await userEvent.click(screen.getByTestId('submit-quiz'));
    expect(await screen.findAllByText('请选择一个答案')).toHaveLength(3);
    expect(api.callsTo('POST /api/prevention/training/records')).toHaveLength(0);

    await userEvent.type(screen.getByTestId('trainee-name'), '李收银');
    await userEvent.click(screen.getByTestId('answer-card-1-1'));
    await userEvent.click(screen.getByTestId('answer-card-2-0'));
    await userEvent.click(screen.getByTestId('answer-card-3-0'));
    await userEvent.click(screen.getByTestId('submit-quiz'));

    expect(await screen.findByTestId('quiz-failed')).toHaveTextContent('答对 1 / 3 题（需答对 2 题）');
    expect(screen.getAllByText('这题再看看')).toHaveLength(2);
    expect(api.callsTo('POST /api/prevention/training/records')[0]?.body).toMatchObject({ module: 'CHECKING_CARDS', traineeName: '李收银', answers: [1, 0, 0], trainedOn: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) });

    await userEvent.click(screen.getByTestId('answer-card-2-1'));
    await userEvent.click(screen.getByTestId('answer-card-3-1'));
    // The marks go as the questions are answered again (antd lets the help text fade out).
    await waitFor(() => expect(screen.queryAllByText('这题再看看')).toHaveLength(0));
    await userEvent.click(screen.getByTestId('submit-quiz'));
    expect(await screen.findByTestId('training-passed')).toHaveTextContent('李收银 完成了“检查银行卡”，测验成绩 3 / 3。');
    expect(api.callsTo('POST /api/prevention/training/records')[1]?.body).toMatchObject({ answers: [1, 1, 1] });
    expect(within(document.body).getByTestId('back-to-training')).toBeInTheDocument();
  });
});
