import { Logger } from '@nestjs/common';
import { afterAll, describe, expect, it, vi } from 'vitest';
import type { RuntimeConfig } from '../config/runtime-config.js';
import { PostgresThrottlerStorage } from './postgres-throttler-storage.js';

describe(PostgresThrottlerStorage.name, () => {
  // Nothing listens on port 1: every query fails at once, as during a database outage.
  const sut = new PostgresThrottlerStorage({ databaseUrl: 'postgres://nobody:x@127.0.0.1:1/none' } as RuntimeConfig);
  afterAll(() => sut.onApplicationShutdown());

  it('keeps limiting, per replica, while PostgreSQL does not answer, and says so once', async () => {
    const warn = vi.spyOn(Logger.prototype, 'warn').mockImplementation(() => undefined);
    const hits = [];
    for (let i = 0; i < 4; i++) hits.push(await sut.increment('client-a', 60_000, 3, 60_000, 'default'));
    expect(hits.map((hit) => [hit.totalHits, hit.isBlocked])).toEqual([
      [1, false],
      [2, false],
      [3, false],
      [4, true],
    ]);
    expect(hits[0]!.timeToExpire).toBeGreaterThan(58);
    // The guard sends this as Retry-After: the whole block duration from the refused hit.
    expect(hits[3]!.timeToBlockExpire).toBe(60);
    expect((await sut.increment('client-b', 60_000, 3, 60_000, 'default')).isBlocked).toBe(false);
    expect(warn).toHaveBeenCalledTimes(1);
    expect(String(warn.mock.calls[0]![0])).toContain('counted per replica');
  });
});
