import { Injectable, type OnModuleInit } from '@nestjs/common';
import {
  beijingDate,
  DEFAULT_TRAINING_REFRESHER_DAYS,
  ErrorCode,
  gradeQuiz,
  type PreventionSettingsView,
  refresherStateOf,
  type TrainingModule,
  type TrainingModuleListResponse,
  type TrainingModuleView,
  type TrainingOverviewResponse,
  type TrainingRecordView,
  type TrainingRefresherView,
  TRAINING_MODULES,
  trainingModuleView,
} from '@pos/shared';
import { AuditLog } from '../../core/audit/audit-log.js';
import type { AuthUser } from '../../core/auth/auth-user.js';
import { JobQueue } from '../../core/jobs/job-queue.js';
import { PrismaService } from '../../core/prisma/prisma.service.js';
import { Notifier } from '../notifications/notifications.service.js';
import { DomainError } from '../../core/errors/domain-error.js';
import type { TrainingRecord } from '../../generated/prisma/client.js';
import type { PreventionSettingsDto, RecordTrainingDto } from './dto/prevention.dto.js';
import { dateText, dateValue, PreventionRepository } from './prevention.repository.js';

const STATE_ORDER = { DUE: 0, DUE_SOON: 1, CURRENT: 2 } as const;

export const TRAINING_REMINDER_JOB = 'training.reminders';
/** Every day at 08:10 Beijing time, after the inspection reminders. */
const TRAINING_REMINDER_CRON = '10 8 * * *';

function toRecordView(record: TrainingRecord): TrainingRecordView {
  return {
    id: record.id,
    module: record.module,
    traineeName: record.traineeName,
    trainedOn: dateText(record.trainedOn),
    trainerName: record.trainerName,
    notes: record.notes,
    quizScore: record.quizScore,
    quizTotal: record.quizTotal,
    createdAt: record.createdAt.toISOString(),
  };
}

/**
 * Cashier training. The content and answer key live in libs/shared; the browser gets the modules without the key and
 * the server grades the quiz, so a record (who, which module, when, the score) exists only for a passed quiz.
 */
@Injectable()
export class TrainingService implements OnModuleInit {
  constructor(
    private readonly repository: PreventionRepository,
    private readonly prisma: PrismaService,
    private readonly jobs: JobQueue,
    private readonly notifier: Notifier,
    private readonly audit: AuditLog,
  ) {}

  onModuleInit(): void {
    this.jobs.register({ name: TRAINING_REMINDER_JOB, handle: () => this.sendRefresherReminders().then(() => undefined) });
    this.jobs.schedule(TRAINING_REMINDER_JOB, TRAINING_REMINDER_CRON);
  }

  /**
   * The daily refresher reminder: each cashier whose latest completion of a module is older than the merchant's
   * refresher interval is announced to the merchant once. The reminder is an audit row on that completion, written
   * with the notification, so reruns (retries, restarts) never repeat it, and a new completion starts afresh.
   */
  async sendRefresherReminders(now = new Date()): Promise<number> {
    const due = await this.prisma.$queryRaw<{ id: string; merchantId: string; traineeName: string; module: string; trainedOn: Date; refresherDays: number }[]>`
      SELECT r.id, r."merchantId", r."traineeName", r.module::text AS module, r."trainedOn",
             COALESCE(s."trainingRefresherDays", ${DEFAULT_TRAINING_REFRESHER_DAYS})::int AS "refresherDays"
        FROM (SELECT DISTINCT ON ("merchantId", "traineeName", module) * FROM "TrainingRecord"
               ORDER BY "merchantId", "traineeName", module, "trainedOn" DESC, "createdAt" DESC) r
        LEFT JOIN "MerchantPreventionSettings" s ON s."merchantId" = r."merchantId"
       WHERE r."trainedOn" + COALESCE(s."trainingRefresherDays", ${DEFAULT_TRAINING_REFRESHER_DAYS})::int <= ${beijingDate(now)}::date
         AND NOT EXISTS (SELECT 1 FROM "AuditEvent" a WHERE a."entityType" = 'TrainingRecord' AND a."entityId" = r.id AND a.action = 'TRAINING_REFRESHER_REMINDED')`;
    for (const record of due) {
      await this.prisma.$transaction(async (tx) => {
        await this.audit.append(tx, { action: 'TRAINING_REFRESHER_REMINDED', entityId: record.id, data: { module: record.module, traineeName: record.traineeName } });
        await this.notifier.notify(tx, [record.merchantId], 'training.due', { traineeName: record.traineeName, module: record.module, trainedOn: dateText(record.trainedOn) });
      });
    }
    return due.length;
  }

  modules(): TrainingModuleListResponse {
    return { items: TRAINING_MODULES.map((content) => trainingModuleView(content.module)!) };
  }

  module(module: string): TrainingModuleView {
    const view = trainingModuleView(module as TrainingModule);
    if (!view) throw DomainError.notFound();
    return view;
  }

  /**
   * Records a passed quiz. The date rule (a real day, not after today in China) is the DTO's. A cashier's module is
   * recorded once a day: repeating the submission (a double click, a retry) answers the record already there.
   */
  async record(user: AuthUser, dto: RecordTrainingDto): Promise<TrainingRecordView> {
    const result = gradeQuiz(dto.module, dto.answers);
    if (!result) throw DomainError.invalidFields([{ field: 'answers', code: 'quizAnswersIncomplete' }]);
    const { passed, ...details } = result;
    if (!passed) throw new DomainError(ErrorCode.QUIZ_NOT_PASSED, { ...details }, { score: details.score, total: details.total, passMark: details.passMark });
    const record = await this.repository.createOrFindTrainingRecord({
      merchantId: user.id,
      module: dto.module,
      traineeName: dto.traineeName,
      trainedOn: dateValue(dto.trainedOn),
      trainerName: dto.trainerName ?? null,
      notes: dto.notes ?? null,
      quizScore: details.score,
      quizTotal: details.total,
    });
    return toRecordView(record);
  }

  /** Every record, and per trainee and module the latest completion with its refresher date, the most urgent first. */
  async overview(user: AuthUser): Promise<TrainingOverviewResponse> {
    const today = beijingDate();
    const [records, refresherDays] = await Promise.all([this.repository.listTrainingRecords(user.id), this.refresherDays(user.id)]);
    const latest = new Map<string, TrainingRecord>();
    // Records come newest first, so the first seen per trainee and module is the latest.
    for (const record of records) {
      const key = `${record.traineeName}\u0000${record.module}`;
      if (!latest.has(key)) latest.set(key, record);
    }
    const refreshers: TrainingRefresherView[] = [...latest.values()]
      .map((record) => ({ traineeName: record.traineeName, module: record.module, lastTrainedOn: dateText(record.trainedOn), ...refresherStateOf(dateText(record.trainedOn), refresherDays, today) }))
      .sort((a, b) => STATE_ORDER[a.state] - STATE_ORDER[b.state] || a.refresherDueOn.localeCompare(b.refresherDueOn) || a.traineeName.localeCompare(b.traineeName));
    return { today, refresherDays, records: records.map(toRecordView), refreshers };
  }

  async remove(user: AuthUser, recordId: string): Promise<void> {
    if (!(await this.repository.deleteTrainingRecord(user.id, recordId))) throw DomainError.notFound();
  }

  async settings(user: AuthUser): Promise<PreventionSettingsView> {
    return { trainingRefresherDays: await this.refresherDays(user.id) };
  }

  async saveSettings(user: AuthUser, dto: PreventionSettingsDto): Promise<PreventionSettingsView> {
    const saved = await this.repository.saveSettings(user.id, dto.trainingRefresherDays);
    return { trainingRefresherDays: saved.trainingRefresherDays };
  }

  private async refresherDays(merchantId: string): Promise<number> {
    return (await this.repository.refresherDays(merchantId)) ?? DEFAULT_TRAINING_REFRESHER_DAYS;
  }
}
