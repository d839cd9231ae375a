import { Injectable, type OnModuleInit } from '@nestjs/common';
import type { Locale } from '@pos/shared';
import nodemailer, { type Transporter } from 'nodemailer';
import { RuntimeConfig } from '../../core/config/runtime-config.js';
import { JobQueue } from '../../core/jobs/job-queue.js';
import { PrismaService } from '../../core/prisma/prisma.service.js';

export const EMAIL_JOB = 'email.send';

const FOOTER: Record<Locale, string> = {
  'zh-CN': '请登录 POS 商户服务平台查看详情。此邮件由系统自动发送，请勿直接回复。',
  en: 'Sign in to the POS merchant portal for the details. This is an automatic email; please do not reply.',
};

export const emailBody = (body: string, locale: Locale) => `${body}\n\n${FOOTER[locale]}\n`;

/**
 * Sends the outbox's emails over SMTP with nodemailer, one job per email. A failure is recorded on the row and
 * rethrown, so pg-boss retries with exponential backoff; a row already sent is never sent again.
 */
@Injectable()
export class Mailer implements OnModuleInit {
  private readonly transport: Transporter | null;

  constructor(
    private readonly runtime: RuntimeConfig,
    private readonly prisma: PrismaService,
    private readonly jobs: JobQueue,
  ) {
    const url = runtime.env.SMTP_URL;
    this.transport = url ? nodemailer.createTransport(url) : null;
  }

  get configured(): boolean {
    return this.transport !== null;
  }

  onModuleInit(): void {
    this.jobs.register<{ outboxId: string }>({
      name: EMAIL_JOB,
      retryLimit: 8,
      retryDelaySeconds: this.runtime.env.DELIVERY_RETRY_DELAY_SECONDS,
      handle: (job) => this.send(job.outboxId),
    });
  }

  async send(outboxId: string): Promise<void> {
    const email = await this.prisma.outboxEmail.findUnique({ where: { id: outboxId } });
    if (!email || email.status === 'SENT' || !this.transport) return;
    try {
      await this.transport.sendMail({ from: this.runtime.env.MAIL_FROM, to: email.toAddress, subject: email.subject, text: email.bodyText });
    } catch (error) {
      await this.prisma.outboxEmail.update({ where: { id: email.id }, data: { status: 'FAILED', attempts: { increment: 1 }, lastError: String((error as Error).message ?? error).slice(0, 500) } });
      throw error;
    }
    await this.prisma.outboxEmail.update({ where: { id: email.id }, data: { status: 'SENT', attempts: { increment: 1 }, sentAt: new Date(), lastError: null } });
  }
}
