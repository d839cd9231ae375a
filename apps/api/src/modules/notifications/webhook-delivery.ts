import { createHmac } from 'node:crypto';
import { lookup } from 'node:dns/promises';
import http from 'node:http';
import https from 'node:https';
import type { LookupFunction } from 'node:net';
import { Injectable, type OnModuleInit } from '@nestjs/common';
import { WEBHOOK_SIGNATURE_HEADER } from '@pos/shared';
import ipaddr from 'ipaddr.js';
import { RuntimeConfig } from '../../core/config/runtime-config.js';
import { FieldEncryption } from '../../core/crypto/field-encryption.js';
import { JobQueue } from '../../core/jobs/job-queue.js';
import { PrismaService } from '../../core/prisma/prisma.service.js';

export const WEBHOOK_JOB = 'webhook.deliver';

const TIMEOUT_MS = 10_000;

/** The signature a receiver recomputes: HMAC-SHA256 over `${timestamp}.${body}` with the endpoint's secret, hex. */
export function webhookSignature(secret: string, timestamp: number, body: string): string {
  return createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex');
}

/** True for an address on the public internet; false for loopback, link-local, private, carrier-grade NAT, multicast and the rest. */
export function isPublicAddress(address: string): boolean {
  if (!ipaddr.isValid(address)) return false;
  return ipaddr.process(address).range() === 'unicast';
}

export class PrivateAddressError extends Error {
  constructor(readonly host: string, readonly address: string) {
    super(`${host} resolves to ${address}, a private or local address`);
  }
}

/**
 * Delivers webhooks. The connection uses only addresses checked at connect time (a lookup that refuses private
 * ones), so a host that resolves publicly when registered and privately later (DNS rebinding) still cannot reach
 * the internal network. Redirects are not followed. A delivery that fails is recorded and retried with backoff.
 */
@Injectable()
export class WebhookDeliverer implements OnModuleInit {
  constructor(
    private readonly prisma: PrismaService,
    private readonly encryption: FieldEncryption,
    private readonly jobs: JobQueue,
    private readonly runtime: RuntimeConfig,
  ) {}

  onModuleInit(): void {
    this.jobs.register<{ deliveryId: string }>({
      name: WEBHOOK_JOB,
      retryLimit: 8,
      retryDelaySeconds: this.runtime.env.DELIVERY_RETRY_DELAY_SECONDS,
      handle: (job) => this.deliver(job.deliveryId),
    });
  }

  /** Hosts the platform operator allows to resolve to private addresses (WEBHOOK_PRIVATE_HOSTS). */
  privateHostAllowed(host: string): boolean {
    const allowed = this.runtime.env.WEBHOOK_PRIVATE_HOSTS.split(',').map((h) => h.trim().toLowerCase()).filter(Boolean);
    return allowed.includes(host.toLowerCase().replace(/^\[|\]$/g, ''));
  }

  /** Resolves a host and refuses private answers unless allowed; the address to connect to. */
  async resolve(host: string, allowPrivate: boolean): Promise<{ address: string; family: number }> {
    const bare = host.replace(/^\[|\]$/g, '');
    const answers = ipaddr.isValid(bare) ? [{ address: bare, family: ipaddr.parse(bare).kind() === 'ipv6' ? 6 : 4 }] : await lookup(bare, { all: true });
    if (!allowPrivate && !this.privateHostAllowed(bare)) {
      const blocked = answers.find((answer) => !isPublicAddress(answer.address));
      if (blocked) throw new PrivateAddressError(host, blocked.address);
    }
    return answers[0]!;
  }

  async deliver(deliveryId: string): Promise<void> {
    const delivery = await this.prisma.webhookDelivery.findUnique({ where: { id: deliveryId }, include: { endpoint: true } });
    if (!delivery || delivery.status === 'SENT') return;
    const { endpoint } = delivery;
    const body = JSON.stringify({ id: delivery.id, event: delivery.event, createdAt: delivery.createdAt.toISOString(), data: delivery.payload });
    const timestamp = Math.floor(Date.now() / 1000);
    const signature = webhookSignature(this.encryption.decrypt(endpoint.secretEncrypted), timestamp, body);
    let statusCode: number | null = null;
    try {
      statusCode = await this.post(endpoint.url, body, {
        'content-type': 'application/json',
        'user-agent': 'pos-portal-webhooks/1',
        'x-pos-event': delivery.event,
        'x-pos-delivery': delivery.id,
        [WEBHOOK_SIGNATURE_HEADER]: `t=${timestamp},v1=${signature}`,
      }, endpoint.allowPrivateNetwork);
      if (statusCode < 200 || statusCode >= 300) throw new Error(`Receiver answered ${statusCode}`);
    } catch (error) {
      await this.prisma.webhookDelivery.update({
        where: { id: delivery.id },
        data: { status: 'FAILED', attempts: { increment: 1 }, lastStatusCode: statusCode, lastError: String((error as Error).message ?? error).slice(0, 500) },
      });
      // A refused private address will not change by retrying.
      if (error instanceof PrivateAddressError) return;
      throw error;
    }
    await this.prisma.webhookDelivery.update({ where: { id: delivery.id }, data: { status: 'SENT', attempts: { increment: 1 }, lastStatusCode: statusCode, lastError: null, deliveredAt: new Date() } });
  }

  private async post(url: string, body: string, headers: Record<string, string>, allowPrivate: boolean): Promise<number> {
    const target = new URL(url);
    // Resolve (and check) before connecting so a refusal is reported as such; the lookup below checks again.
    await this.resolve(target.hostname, allowPrivate);
    const checkedLookup: LookupFunction = (hostname, options, callback) => {
      this.resolve(hostname, allowPrivate).then(
        ({ address, family }) => (options.all ? callback(null, [{ address, family }]) : callback(null, address, family)),
        (error: Error) => callback(error as NodeJS.ErrnoException, '', 4),
      );
    };
    const client = target.protocol === 'https:' ? https : http;
    return new Promise<number>((resolve, reject) => {
      const request = client.request(target, { method: 'POST', headers: { ...headers, 'content-length': Buffer.byteLength(body) }, lookup: checkedLookup, timeout: TIMEOUT_MS }, (response) => {
        response.resume();
        response.on('end', () => resolve(response.statusCode ?? 0));
        response.on('error', reject);
      });
      request.on('timeout', () => request.destroy(new Error(`No answer within ${TIMEOUT_MS / 1000} s`)));
      request.on('error', reject);
      request.end(body);
    });
  }
}
