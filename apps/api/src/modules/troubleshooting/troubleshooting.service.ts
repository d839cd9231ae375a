import { Injectable } from '@nestjs/common';
import {
  entryStepOf,
  ErrorCode,
  FAULT_CATEGORY_LABELS,
  type FaultCategory,
  NOT_SOLVED_ANSWER,
  SOLVED_ANSWER,
  type TicketDetail,
  type TroubleshootingSessionView,
  type TroubleshootingStepDefinition,
  type TroubleshootingStepRecord,
  type TroubleshootingTreeDefinition,
} from '@pos/shared';
import type { AuthUser } from '../../core/auth/auth-user.js';
import { DomainError } from '../../core/errors/domain-error.js';
import { withFreshReference } from '../../core/ids/reference.js';
import { PrismaService } from '../../core/prisma/prisma.service.js';
import type { Prisma } from '../../generated/prisma/client.js';
import { TicketsService } from '../tickets/tickets.service.js';
import { TroubleshootingTrees } from './troubleshooting-trees.js';

const SESSION_DETAIL = {
  terminal: { select: { id: true, serialNumber: true, model: true } },
  tree: true,
  ticket: { select: { id: true, reference: true } },
} as const satisfies Prisma.TroubleshootingSessionInclude;

type SessionRow = Prisma.TroubleshootingSessionGetPayload<{ include: typeof SESSION_DETAIL }>;

const stepsOf = (tree: SessionRow['tree']) => new Map(((tree?.definition ?? { steps: [] }) as unknown as TroubleshootingTreeDefinition).steps.map((step) => [step.id, step]));

/**
 * Guided troubleshooting: the merchant walks the tree for what they see, step by step, on the server so every
 * walk is recorded as it happened. "Solved" at any step is a self-service resolution; the end of an unsolved
 * walk opens a ticket that carries the steps already tried.
 */
@Injectable()
export class TroubleshootingService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly trees: TroubleshootingTrees,
    private readonly tickets: TicketsService,
  ) {}

  async start(user: AuthUser, dto: { terminalId: string; category: FaultCategory; responseCode?: string }): Promise<TroubleshootingSessionView> {
    const terminal = await this.prisma.terminal.findFirst({ where: { id: dto.terminalId, merchantId: user.id }, select: { id: true, providerId: true } });
    if (!terminal) throw DomainError.invalidFields([{ field: 'terminalId', code: 'isIn' }]);
    const tree = await this.trees.current(dto.category);
    if (!tree) throw DomainError.notFound();
    const definition = tree.definition as unknown as TroubleshootingTreeDefinition;
    const session = await this.prisma.troubleshootingSession.create({
      data: {
        merchantId: user.id,
        terminalId: terminal.id,
        providerId: terminal.providerId,
        category: dto.category,
        responseCode: dto.responseCode ?? null,
        treeId: tree.id,
        currentStepId: entryStepOf(definition, dto.responseCode),
      },
    });
    return this.get(user, session.id);
  }

  async get(user: AuthUser, sessionId: string): Promise<TroubleshootingSessionView> {
    return this.view(await this.owned(user, sessionId));
  }

  /**
   * Records the answer to the current step and moves on. A tab showing an older step gets 409 and reloads:
   * only the step the session is on can be answered.
   */
  async answer(user: AuthUser, sessionId: string, dto: { stepId: string; answer: string }): Promise<TroubleshootingSessionView> {
    const session = await this.owned(user, sessionId);
    if (session.outcome !== 'IN_PROGRESS' || session.currentStepId === null) throw new DomainError(ErrorCode.INVALID_TRANSITION);
    if (session.currentStepId !== dto.stepId) throw new DomainError(ErrorCode.CONFLICT);
    const step = stepsOf(session.tree).get(dto.stepId);
    if (!step) throw new DomainError(ErrorCode.CONFLICT);

    let next: string | null;
    let answerLabel: TroubleshootingStepRecord['answerLabel'] = null;
    if (dto.answer === SOLVED_ANSWER) next = null;
    else if (step.answers) {
      const chosen = step.answers.find((answer) => answer.id === dto.answer);
      if (!chosen) throw DomainError.invalidFields([{ field: 'answer', code: 'answerInvalid' }]);
      next = chosen.next;
      answerLabel = chosen.label;
    } else if (dto.answer === NOT_SOLVED_ANSWER) next = step.next ?? null;
    else throw DomainError.invalidFields([{ field: 'answer', code: 'answerInvalid' }]);

    const record: TroubleshootingStepRecord = { stepId: step.id, actor: step.actor, title: step.title, answer: dto.answer, answerLabel, at: new Date().toISOString() };
    const solved = dto.answer === SOLVED_ANSWER;
    const { count } = await this.prisma.troubleshootingSession.updateMany({
      where: { id: session.id, currentStepId: step.id, outcome: 'IN_PROGRESS' },
      data: {
        steps: [...(session.steps as unknown as TroubleshootingStepRecord[]), record] as unknown as Prisma.InputJsonArray,
        currentStepId: next,
        ...(solved ? { outcome: 'SELF_RESOLVED', endedAt: new Date() } : {}),
      },
    });
    if (count !== 1) throw new DomainError(ErrorCode.CONFLICT);
    return this.get(user, sessionId);
  }

  /** Opens the ticket for a walk that ended unsolved, with the terminal, fault, code and steps filled in. */
  async escalate(user: AuthUser, sessionId: string, description: string | undefined): Promise<TicketDetail> {
    const session = await this.owned(user, sessionId);
    if (session.outcome !== 'IN_PROGRESS' || session.currentStepId !== null) throw new DomainError(ErrorCode.INVALID_TRANSITION);
    const steps = session.steps as unknown as TroubleshootingStepRecord[];
    const ticketId = await withFreshReference(() => this.prisma.$transaction(async (tx) => {
      const { count } = await tx.troubleshootingSession.updateMany({ where: { id: session.id, outcome: 'IN_PROGRESS', currentStepId: null }, data: { outcome: 'ESCALATED', endedAt: new Date() } });
      if (count !== 1) throw new DomainError(ErrorCode.CONFLICT);
      return this.tickets.open(
        {
          merchantId: user.id,
          providerId: session.providerId,
          terminalId: session.terminalId,
          category: session.category,
          responseCode: session.responseCode,
          subject: this.subjectOf(session, steps),
          description: description?.trim() || '—',
          troubleshootingSessionId: session.id,
        },
        tx,
      );
    }));
    return this.tickets.merchantTicket(user, ticketId);
  }

  /** In Chinese, as provider staff read it; category and code are also structured fields of the ticket. */
  private subjectOf(session: SessionRow, steps: TroubleshootingStepRecord[]): string {
    const code = session.responseCode ? `（应答码 ${session.responseCode}）` : '';
    return `${FAULT_CATEGORY_LABELS[session.category].zh}${code}：已自助排查 ${steps.length} 步未解决`;
  }

  private async owned(user: AuthUser, sessionId: string): Promise<SessionRow> {
    const session = await this.prisma.troubleshootingSession.findFirst({ where: { id: sessionId, merchantId: user.id }, include: SESSION_DETAIL });
    if (!session) throw DomainError.notFound();
    return session;
  }

  private view(session: SessionRow): TroubleshootingSessionView {
    const currentStep: TroubleshootingStepDefinition | null = session.currentStepId && session.outcome === 'IN_PROGRESS' ? (stepsOf(session.tree).get(session.currentStepId) ?? null) : null;
    return {
      id: session.id,
      terminal: session.terminal,
      category: session.category,
      responseCode: session.responseCode,
      treeVersion: session.tree?.version ?? 0,
      outcome: session.outcome,
      currentStep,
      steps: session.steps as unknown as TroubleshootingStepRecord[],
      canOpenTicket: session.outcome === 'IN_PROGRESS' && session.currentStepId === null,
      ticket: session.ticket,
      createdAt: session.createdAt.toISOString(),
    };
  }
}
