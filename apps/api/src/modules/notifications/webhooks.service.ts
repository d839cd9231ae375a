import { randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { AdminWebhookListResponse, CreatedWebhookResponse, WebhookDeliveryListResponse, WebhookDeliveryView, WebhookEndpointListResponse, WebhookEndpointView, WebhookEvent } from '@pos/shared';
import { AuditLog } from '../../core/audit/audit-log.js';
import { type AuthUser, providerScopeOf } from '../../core/auth/auth-user.js';
import { FieldEncryption } from '../../core/crypto/field-encryption.js';
import { DomainError } from '../../core/errors/domain-error.js';
import { JobQueue } from '../../core/jobs/job-queue.js';
import { PrismaService } from '../../core/prisma/prisma.service.js';
import { Prisma } from '../../generated/prisma/client.js';
import { PrivateAddressError, WEBHOOK_JOB, WebhookDeliverer } from './webhook-delivery.js';

const ENDPOINT_VIEW = { deliveries: { orderBy: { createdAt: 'desc' }, take: 1 } } as const satisfies Prisma.WebhookEndpointInclude;
type EndpointRow = Prisma.WebhookEndpointGetPayload<{ include: typeof ENDPOINT_VIEW }>;
const MAX_ENDPOINTS = 10;

function toEndpointView(endpoint: EndpointRow): WebhookEndpointView {
  const last = endpoint.deliveries[0];
  return {
    id: endpoint.id,
    url: endpoint.url,
    events: endpoint.events as WebhookEvent[],
    active: endpoint.active,
    allowPrivateNetwork: endpoint.allowPrivateNetwork,
    createdAt: endpoint.createdAt.toISOString(),
    lastDelivery: last ? { status: last.status, statusCode: last.lastStatusCode, at: (last.deliveredAt ?? last.createdAt).toISOString() } : null,
  };
}

function toDeliveryView(delivery: Prisma.WebhookDeliveryGetPayload<object>): WebhookDeliveryView {
  return {
    id: delivery.id,
    event: delivery.event,
    status: delivery.status,
    attempts: delivery.attempts,
    lastStatusCode: delivery.lastStatusCode,
    lastError: delivery.lastError,
    deliveredAt: delivery.deliveredAt?.toISOString() ?? null,
    replayOfId: delivery.replayOfId,
    createdAt: delivery.createdAt.toISOString(),
    payload: delivery.payload,
  };
}

/** A provider admin's webhook endpoints, their delivery log and replays; the platform admin's private-network exceptions. */
@Injectable()
export class WebhooksService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly encryption: FieldEncryption,
    private readonly deliverer: WebhookDeliverer,
    private readonly jobs: JobQueue,
    private readonly audit: AuditLog,
  ) {}

  async list(user: AuthUser): Promise<WebhookEndpointListResponse> {
    const rows = await this.prisma.webhookEndpoint.findMany({ where: { providerId: providerScopeOf(user) }, orderBy: { createdAt: 'asc' }, include: ENDPOINT_VIEW });
    return { items: rows.map(toEndpointView) };
  }

  /** Registers an endpoint; the secret is returned this once and stored encrypted. */
  async create(user: AuthUser, url: string, events: WebhookEvent[]): Promise<CreatedWebhookResponse> {
    const providerId = providerScopeOf(user);
    const target = new URL(url);
    try {
      await this.deliverer.resolve(target.hostname, false);
    } catch (error) {
      if (error instanceof PrivateAddressError) throw DomainError.invalidFields([{ field: 'url', code: 'privateAddress' }]);
      throw DomainError.invalidFields([{ field: 'url', code: 'hostUnresolvable' }]);
    }
    if ((await this.prisma.webhookEndpoint.count({ where: { providerId } })) >= MAX_ENDPOINTS) throw DomainError.invalidFields([{ field: 'url', code: 'tooManyEndpoints' }]);
    // Natural uniqueness rather than an Idempotency-Key (ADR 0015): the answer carries the secret, which must not be kept.
    // The check answers the common repeat clearly; the (providerId, url) constraint decides a race.
    const urlTaken = () => DomainError.invalidFields([{ field: 'url', code: 'webhookUrlTaken' }]);
    if (await this.prisma.webhookEndpoint.findUnique({ where: { providerId_url: { providerId, url: target.toString() } }, select: { id: true } })) throw urlTaken();
    const secret = `whsec_${randomBytes(24).toString('base64url')}`;
    const endpoint = await this.prisma
      .$transaction(async (tx) => {
        const created = await tx.webhookEndpoint.create({ data: { providerId, url: target.toString(), events: [...new Set(events)], secretEncrypted: this.encryption.encrypt(secret) }, include: ENDPOINT_VIEW });
        await this.audit.append(tx, { action: 'WEBHOOK_REGISTERED', entityId: created.id, actorId: user.id, data: { url: created.url, events: created.events as WebhookEvent[] } });
        return created;
      })
      .catch((error: unknown) => {
        throw error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002' ? urlTaken() : error;
      });
    return { ...toEndpointView(endpoint), secret };
  }

  async remove(user: AuthUser, endpointId: string): Promise<void> {
    const endpoint = await this.owned(user, endpointId);
    await this.prisma.$transaction(async (tx) => {
      await tx.webhookEndpoint.delete({ where: { id: endpoint.id } });
      await this.audit.append(tx, { action: 'WEBHOOK_REMOVED', entityId: endpoint.id, actorId: user.id, data: { url: endpoint.url } });
    });
  }

  async deliveries(user: AuthUser, endpointId: string): Promise<WebhookDeliveryListResponse> {
    const endpoint = await this.owned(user, endpointId);
    const rows = await this.prisma.webhookDelivery.findMany({ where: { endpointId: endpoint.id }, orderBy: { createdAt: 'desc' }, take: 100 });
    return { items: rows.map(toDeliveryView) };
  }

  /** Sends an earlier delivery's event and payload again, as a new delivery with a fresh signature. */
  async replay(user: AuthUser, endpointId: string, deliveryId: string): Promise<WebhookDeliveryView> {
    const endpoint = await this.owned(user, endpointId);
    const original = await this.prisma.webhookDelivery.findFirst({ where: { id: deliveryId, endpointId: endpoint.id } });
    if (!original) throw DomainError.notFound();
    const replay = await this.prisma.$transaction(async (tx) => {
      const created = await tx.webhookDelivery.create({ data: { endpointId: endpoint.id, event: original.event, payload: original.payload as Prisma.InputJsonValue, replayOfId: original.id } });
      await this.jobs.send(WEBHOOK_JOB, { deliveryId: created.id }, { db: tx });
      return created;
    });
    return toDeliveryView(replay);
  }

  async adminList(): Promise<AdminWebhookListResponse> {
    const rows = await this.prisma.webhookEndpoint.findMany({ orderBy: { createdAt: 'asc' }, include: { ...ENDPOINT_VIEW, provider: { select: { id: true, name: true } } } });
    return { items: rows.map((row) => ({ ...toEndpointView(row), provider: row.provider })) };
  }

  async allowPrivateNetwork(user: AuthUser, endpointId: string, allow: boolean): Promise<WebhookEndpointView> {
    const endpoint = await this.prisma.webhookEndpoint.findUnique({ where: { id: endpointId } });
    if (!endpoint) throw DomainError.notFound();
    const updated = await this.prisma.$transaction(async (tx) => {
      const row = await tx.webhookEndpoint.update({ where: { id: endpointId }, data: { allowPrivateNetwork: allow }, include: ENDPOINT_VIEW });
      await this.audit.append(tx, { action: allow ? 'WEBHOOK_PRIVATE_ALLOWED' : 'WEBHOOK_PRIVATE_REVOKED', entityId: endpointId, actorId: user.id, data: { url: row.url } });
      return row;
    });
    return toEndpointView(updated);
  }

  private async owned(user: AuthUser, endpointId: string) {
    const endpoint = await this.prisma.webhookEndpoint.findFirst({ where: { id: endpointId, providerId: providerScopeOf(user) } });
    if (!endpoint) throw DomainError.notFound();
    return endpoint;
  }
}
