import { Global, Injectable, Logger, Module, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { fromPrisma, PgBoss, type SendOptions } from 'pg-boss';
import { RuntimeConfig } from '../config/runtime-config.js';
import type { Db } from '../prisma/prisma.service.js';

export interface JobDefinition<Data extends object> {
  /** Queue name, e.g. "ticket.sla-check". */
  name: string;
  /** Runs one job. Must be idempotent: a job runs at least once, and again after a crash mid-way. */
  handle: (data: Data) => Promise<void>;
  /** Attempts after the first failure, with exponential backoff. */
  retryLimit?: number;
  /** Seconds before the first retry; each later retry waits about twice as long. */
  retryDelaySeconds?: number;
}

/** pg-boss's table prefix; its own migrations keep it current. */
const BOSS_SCHEMA = 'pgboss';

/**
 * Background jobs on pg-boss: queues live in the application's own PostgreSQL, so a job scheduled for later
 * survives a restart or a crash of the API, and several replicas share the work without another server.
 *
 * Domain services register their jobs in `onModuleInit`; workers start once the whole app has booted. A job sent
 * with a transaction client is inserted in that transaction: it exists exactly when the change that asked for it
 * commits.
 */
@Injectable()
export class JobQueue implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(JobQueue.name);
  private readonly boss: PgBoss;
  private readonly definitions = new Map<string, JobDefinition<object>>();
  private readonly schedules = new Map<string, string>();
  private started = false;
  private stopping = false;

  constructor(runtime: RuntimeConfig) {
    this.boss = new PgBoss({ connectionString: runtime.databaseUrl, schema: BOSS_SCHEMA, max: 4 });
    // Once shutdown has begun, a connection cut by the database stopping is expected, not an error worth an alert.
    this.boss.on('error', (error) => (this.stopping ? this.logger.debug?.(error) : this.logger.error(error)));
  }

  register<Data extends object>(definition: JobDefinition<Data>): void {
    if (this.started) throw new Error(`Job ${definition.name} registered after start`);
    this.definitions.set(definition.name, definition as JobDefinition<object>);
  }

  /**
   * Runs a registered job on a cron expression in Beijing time (e.g. "0 8 * * *" every day at 08:00). The schedule
   * is a row in PostgreSQL, written again at every start (an upsert), so it survives restarts; pg-boss sends each
   * occurrence once across all replicas, and one occurrence missed while the API was down is sent on the next start.
   */
  schedule(name: string, cron: string): void {
    if (this.started) throw new Error(`Job ${name} scheduled after start`);
    if (!this.definitions.has(name)) throw new Error(`Unknown job ${name}`);
    this.schedules.set(name, cron);
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.boss.start();
    for (const definition of this.definitions.values()) {
      await this.boss.createQueue(definition.name, { retryLimit: definition.retryLimit ?? 5, retryBackoff: true, retryDelay: definition.retryDelaySeconds ?? 5 });
      await this.boss.work<object>(definition.name, { pollingIntervalSeconds: 1, batchSize: 20 }, async (jobs) => {
        for (const job of jobs) await definition.handle(job.data ?? {});
      });
    }
    for (const [name, cron] of this.schedules) await this.boss.schedule(name, cron, {}, { tz: 'Asia/Shanghai', missed: 'once' });
    this.started = true;
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopping = true;
    // Unfinished jobs go back to the queue and run again on the next start (or on another replica).
    await this.boss.stop({ graceful: true, timeout: 5_000, close: true });
  }

  /**
   * Queues a job, optionally not before `startAfter`. With `db` set to a transaction client, the job is part of
   * that transaction. A `singletonKey` keeps one queued job per key: sending again while one waits is a no-op.
   */
  async send<Data extends object>(name: string, data: Data, options: { startAfter?: Date; singletonKey?: string; db?: Db } = {}): Promise<void> {
    if (!this.definitions.has(name)) throw new Error(`Unknown job ${name}`);
    const sendOptions: SendOptions = {};
    if (options.startAfter) sendOptions.startAfter = options.startAfter;
    if (options.singletonKey) sendOptions.singletonKey = options.singletonKey;
    if (options.db) sendOptions.db = fromPrisma(options.db);
    await this.boss.send(name, data, sendOptions);
  }
}

@Global()
@Module({ providers: [JobQueue], exports: [JobQueue] })
export class JobsModule {}
