import { Module } from '@nestjs/common';
import { PostgresThrottlerStorage } from './postgres-throttler-storage.js';
import { RateLimitCounterRepository } from './rate-limit-counter.repository.js';
import { RateLimitSweep } from './rate-limit-sweep.js';

/** Rate-limit counters shared by the replicas; ThrottlerModule takes PostgresThrottlerStorage as its storage. */
@Module({
  providers: [PostgresThrottlerStorage, RateLimitCounterRepository, RateLimitSweep],
  exports: [PostgresThrottlerStorage],
})
export class RateLimitModule {}
