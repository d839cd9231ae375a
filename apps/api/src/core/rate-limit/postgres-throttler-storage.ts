import { Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import type { ThrottlerStorage } from '@nestjs/throttler';
import pg from 'pg';
import { RateLimiterMemory, RateLimiterPostgres, RateLimiterRes } from 'rate-limiter-flexible';
import { RuntimeConfig } from '../config/runtime-config.js';

/** What the guard needs back per hit (the package does not export the interface's name from its entry point). */
type ThrottlerStorageRecord = Awaited<ReturnType<ThrottlerStorage['increment']>>;

/** The table migration 20261204120000_storage_references_and_replicas created in RateLimiterPostgres's layout. */
export const RATE_LIMIT_TABLE = 'rate_limit_counter';

/**
 * One request is one short upsert, so a few connections serve a busy replica; they come on top of Prisma's 20 and
 * pg-boss's 4, and every replica opens its own.
 */
const POOL_SIZE = 4;
/**
 * A counter that takes longer than this (no free connection, or no answer) is counted in memory instead (see
 * `increment`): a request should not wait seconds on its rate limit.
 */
const STORE_TIMEOUT_MS = 1_000;
/** How often a fall-back to memory is logged while the database stays out of reach. */
const FALLBACK_LOG_INTERVAL_MS = 60_000;

interface Limiters {
  shared: RateLimiterPostgres;
  /** Counts on this replica alone while PostgreSQL does not answer. */
  local: RateLimiterMemory;
}

/**
 * The throttler's counters in PostgreSQL, so all replicas on one database count one client's requests together:
 * with in-process counters N replicas allowed N times the sign-in limit. rate-limiter-flexible keeps a fixed window
 * per key (one row: points and the window's end in epoch milliseconds), and once a key passes its limit blocks it for
 * the throttler's block duration, as @nestjs/throttler's own storage does, so 429 and Retry-After are unchanged.
 */
@Injectable()
export class PostgresThrottlerStorage implements ThrottlerStorage, OnApplicationShutdown {
  private readonly logger = new Logger(PostgresThrottlerStorage.name);
  private readonly pool: pg.Pool;
  private readonly limiters = new Map<string, Limiters>();
  private lastFallbackLoggedAt = 0;

  constructor(runtime: RuntimeConfig) {
    this.pool = new pg.Pool({
      connectionString: runtime.databaseUrl,
      max: POOL_SIZE,
      idleTimeoutMillis: 30_000,
      connectionTimeoutMillis: STORE_TIMEOUT_MS,
      query_timeout: STORE_TIMEOUT_MS,
      application_name: 'pos-api rate limits',
    });
    // An idle connection the server drops (restart, failover) is reported here; unhandled, it would end the process.
    this.pool.on('error', (error) => this.logger.warn(`Rate-limit connection lost: ${error.message}`));
  }

  /**
   * Counts one hit of `key` (the throttler's hash of handler, throttler name and client address). `ttl` and
   * `blockDuration` are in milliseconds; the record's times are in whole seconds, as the guard puts them in headers.
   *
   * When PostgreSQL does not answer, the hit is counted in this replica's memory instead (the library's
   * insuranceLimiter, done here so that it is logged): neither open nor closed. Failing open would drop the
   * password-guessing limit exactly when a database outage makes attacks harder to watch; failing closed would
   * turn a short blip of the counter's connection into 429s for every request, including ones that the database
   * could serve a moment later. Per-replica counting allows at most N times the limit for the outage, the old
   * behaviour, and every sign-in needs the database anyway.
   */
  async increment(key: string, ttl: number, limit: number, blockDuration: number, throttlerName: string): Promise<ThrottlerStorageRecord> {
    const limiters = this.limitersFor(ttl, limit, blockDuration);
    try {
      return allowed(await limiters.shared.consume(`${throttlerName}:${key}`));
    } catch (outcome) {
      if (outcome instanceof RateLimiterRes) return refused(outcome);
      this.logFallback(outcome);
    }
    try {
      return allowed(await limiters.local.consume(`${throttlerName}:${key}`));
    } catch (outcome) {
      if (outcome instanceof RateLimiterRes) return refused(outcome);
      throw outcome;
    }
  }

  async onApplicationShutdown(): Promise<void> {
    await this.pool.end();
  }

  /** One limiter per (ttl, limit, block duration): the library fixes them per instance. There are two today. */
  private limitersFor(ttl: number, limit: number, blockDuration: number): Limiters {
    const id = `${ttl}:${limit}:${blockDuration}`;
    let limiters = this.limiters.get(id);
    if (!limiters) {
      const options = { points: limit, duration: ttl / 1000, blockDuration: Math.max(0, blockDuration) / 1000 };
      limiters = {
        shared: new RateLimiterPostgres({
          ...options,
          storeClient: this.pool,
          storeType: 'pool',
          tableName: RATE_LIMIT_TABLE,
          tableCreated: true,
          // Not the limit: replicas of two releases with different limits still count one client together. The
          // window length stays in, since a row's `expire` is only meaningful for the window it was written for.
          keyPrefix: `throttle:${ttl}`,
          // Expired rows are deleted once across replicas by the rate-limit.sweep job, not by a timer in each.
          clearExpiredByTimeout: false,
        }),
        local: new RateLimiterMemory({ ...options, keyPrefix: `throttle:${ttl}` }),
      };
      this.limiters.set(id, limiters);
    }
    return limiters;
  }

  private logFallback(error: unknown): void {
    const now = Date.now();
    if (now - this.lastFallbackLoggedAt < FALLBACK_LOG_INTERVAL_MS) return;
    this.lastFallbackLoggedAt = now;
    this.logger.warn(`Rate limits counted per replica: PostgreSQL did not answer (${error instanceof Error ? error.message : String(error)})`);
  }
}

const seconds = (ms: number) => Math.max(0, Math.ceil(ms / 1000));

function allowed(res: RateLimiterRes): ThrottlerStorageRecord {
  return { totalHits: res.consumedPoints, timeToExpire: seconds(res.msBeforeNext), isBlocked: false, timeToBlockExpire: 0 };
}

/** Over the limit: `msBeforeNext` is the time left of the block (or of the window, with no block duration). */
function refused(res: RateLimiterRes): ThrottlerStorageRecord {
  const wait = seconds(res.msBeforeNext);
  return { totalHits: res.consumedPoints, timeToExpire: wait, isBlocked: true, timeToBlockExpire: wait };
}
