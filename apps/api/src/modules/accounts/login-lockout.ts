import { createHmac } from 'node:crypto';
import { Injectable, type OnModuleInit } from '@nestjs/common';
import { AuditLog } from '../../core/audit/audit-log.js';
import { RuntimeConfig } from '../../core/config/runtime-config.js';
import { JobQueue } from '../../core/jobs/job-queue.js';
import { PrismaService } from '../../core/prisma/prisma.service.js';
import { lockoutAddressOf } from './client-address.js';
import { ALL_ADDRESSES, LoginThrottleRepository } from './login-throttle.repository.js';

/**
 * The account-wide backstop locks a login name for every address after this many times LOGIN_MAX_FAILURES failures
 * within one window. One address is held to LOGIN_MAX_FAILURES per window, so reaching it takes ten addresses (ten
 * /64 networks for IPv6) guessing at once: slow enough that nobody keeps a staff account locked from one machine,
 * and still a ceiling on guessing spread over a botnet.
 */
export const ACCOUNT_WIDE_FACTOR = 10;

const SWEEP_JOB = 'accounts.login-throttle-sweep';
/** Hourly, off the top of the hour when the other jobs run. */
const SWEEP_CRON = '23 * * * *';

/** Where a sign-in attempt came from and which name it tried. */
export interface LoginAttempt {
  loginName: string;
  ip: string | undefined;
  /** The account with that name, when there is one: only for its audit row, never for the decision. */
  userId?: string;
}

/**
 * Sign-in lockout per login name and client address, with a slower account-wide backstop (ADR 0014). It counts by
 * the name typed, not by the account, so an unknown name locks exactly like an existing one and a lock tells nobody
 * whether the account exists; the caller checks the password (or the decoy hash) before asking, so both take as long.
 */
@Injectable()
export class LoginLockout implements OnModuleInit {
  constructor(
    private readonly throttle: LoginThrottleRepository,
    private readonly runtime: RuntimeConfig,
    private readonly prisma: PrismaService,
    private readonly audit: AuditLog,
    private readonly jobs: JobQueue,
  ) {}

  onModuleInit(): void {
    this.jobs.register({ name: SWEEP_JOB, handle: () => this.sweep().then(() => undefined) });
    this.jobs.schedule(SWEEP_JOB, SWEEP_CRON);
  }

  /** Until when this name is locked for this address (by its own lock or the account-wide one), if it is. */
  lockedUntil(attempt: LoginAttempt, now = new Date()): Promise<Date | undefined> {
    return this.throttle.lockedUntil(this.subjectOf(attempt.loginName), lockoutAddressOf(attempt.ip), now);
  }

  /** Counts a failed attempt; returns the lock end when this failure locked the address or the whole name. */
  async recordFailure(attempt: LoginAttempt, now = new Date()): Promise<Date | undefined> {
    const subject = this.subjectOf(attempt.loginName);
    const address = lockoutAddressOf(attempt.ip);
    const { LOGIN_MAX_FAILURES, LOGIN_LOCK_MINUTES } = this.runtime.env;
    const window = LOGIN_LOCK_MINUTES * 60_000;
    const counts = await this.throttle.recordFailure(subject, address, now, new Date(now.getTime() - window));
    const until = new Date(now.getTime() + window);
    let locked: Date | undefined;
    if (counts.address >= LOGIN_MAX_FAILURES) {
      await this.lock(subject, { scope: 'address', address, failures: counts.address }, until, now, attempt.userId);
      locked = until;
    }
    if (counts.allAddresses >= LOGIN_MAX_FAILURES * ACCOUNT_WIDE_FACTOR) {
      await this.lock(subject, { scope: 'account', address: ALL_ADDRESSES, failures: counts.allAddresses }, until, now, attempt.userId);
      locked = until;
    }
    return locked;
  }

  /** A successful sign-in forgets its address's failures (not the account-wide count). */
  recordSuccess(attempt: LoginAttempt): Promise<void> {
    return this.throttle.clearAddress(this.subjectOf(attempt.loginName), lockoutAddressOf(attempt.ip));
  }

  /** Deletes counters that no longer count anything; runs hourly. */
  sweep(now = new Date()): Promise<number> {
    return this.throttle.deleteStale(new Date(now.getTime() - this.runtime.env.LOGIN_LOCK_MINUTES * 60_000), now);
  }

  private async lock(subject: string, what: { scope: 'address' | 'account'; address: string; failures: number }, until: Date, now: Date, userId: string | undefined): Promise<void> {
    await this.prisma.$transaction(async (tx) => {
      await this.throttle.lock(subject, what.address, until, now, tx);
      // Unknown names have no account to file the row under; their locks are the same, only unrecorded.
      if (userId) {
        const reason = what.scope === 'address' ? `from ${what.address}` : 'from all addresses together (account-wide backstop)';
        await this.audit.append(tx, { entityId: userId, action: 'ACCOUNT_LOCKED', reason, data: { until: until.toISOString(), failures: what.failures } });
      }
    });
  }

  /** Keyed, so the table does not reveal which names were tried (a plain hash of a mobile number is easily reversed). */
  private subjectOf(loginName: string): string {
    return createHmac('sha256', this.runtime.jwtSecret).update(`login-throttle:${loginName}`).digest('hex');
  }
}
