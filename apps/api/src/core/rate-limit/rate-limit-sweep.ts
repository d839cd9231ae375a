import { Injectable, type OnModuleInit } from '@nestjs/common';
import { JobQueue } from '../jobs/job-queue.js';
import { RateLimitCounterRepository } from './rate-limit-counter.repository.js';

export const RATE_LIMIT_SWEEP_JOB = 'rate-limit.sweep';
const SWEEP_CRON = '*/10 * * * *';
/**
 * Rows stay an hour past their end before they go: an expired row already counts as empty, and the margin keeps
 * a replica whose clock runs behind from losing a window it still considers open.
 */
const KEEP_EXPIRED_MS = 3_600_000;

/**
 * Every client address leaves one counter row per endpoint it called. A pg-boss schedule deletes the expired ones,
 * once across all replicas, instead of rate-limiter-flexible's timer in every process.
 */
@Injectable()
export class RateLimitSweep implements OnModuleInit {
  constructor(
    private readonly jobs: JobQueue,
    private readonly counters: RateLimitCounterRepository,
  ) {}

  onModuleInit(): void {
    this.jobs.register({ name: RATE_LIMIT_SWEEP_JOB, retryLimit: 0, handle: () => this.sweep().then(() => undefined) });
    this.jobs.schedule(RATE_LIMIT_SWEEP_JOB, SWEEP_CRON);
  }

  sweep(now = Date.now()): Promise<number> {
    return this.counters.deleteExpiredBefore(now - KEEP_EXPIRED_MS);
  }
}
