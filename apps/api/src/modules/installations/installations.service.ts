import { Injectable } from '@nestjs/common';
import {
  APPROVED_RESPONSE_CODE,
  type AppointmentEvent,
  appointmentMachine,
  applicationMachine,
  type ApplicationEvent,
  CHECKLIST_ITEMS,
  type Checklist,
  ErrorCode,
  type InstallationListResponse,
  type InstallationView,
  type TerminalListResponse,
  type TerminalView,
  type TestTransaction,
  type TimeWindow,
  Role,
} from '@pos/shared';
import { AuditLog } from '../../core/audit/audit-log.js';
import { type AuthUser, providerScopeOf } from '../../core/auth/auth-user.js';
import { DomainError } from '../../core/errors/domain-error.js';
import { type Db, PrismaService } from '../../core/prisma/prisma.service.js';
import { Transitions } from '../../core/transitions/transitions.js';
import { Prisma } from '../../generated/prisma/client.js';
import { ApplicationsRepository } from '../applications/applications.repository.js';
import type { BookInstallationDto, CompleteInstallationDto, ConfirmInstallationDto, RecordTerminalDto, RescheduleInstallationDto } from './dto/installation.dto.js';
import { type AppointmentChange, type InstallationDetail, InstallationsRepository, type TerminalDetail } from './installations.repository.js';
import { TechnicianSchedule } from './technician-schedule.js';
import { Notifier } from '../notifications/notifications.service.js';
import { InspectionSchedule } from '../prevention/inspection-schedule.js';

/** Windows must end after they start, lie in the future, and last at most 12 hours. */
function checkWindows(windows: TimeWindow[], minimum: number, field = 'windows'): { start: Date; end: Date }[] {
  if (windows.length < minimum) throw DomainError.invalidFields([{ field, code: 'windowsTooFew' }]);
  const now = Date.now();
  return windows.map((window, index) => {
    const start = new Date(window.start);
    const end = new Date(window.end);
    if (!(end > start) || start.getTime() < now || end.getTime() - start.getTime() > 12 * 3_600_000) {
      throw DomainError.invalidFields([{ field: `${field}.${index}`, code: 'windowInvalid' }]);
    }
    return { start, end };
  });
}

const isOverlapViolation = (error: unknown) =>
  String((error as { message?: unknown })?.message ?? '').includes('technician_no_overlap') ||
  (error instanceof Prisma.PrismaClientKnownRequestError && String(error.meta?.['code'] ?? '') === '23P01');

/** The one-open-appointment index refused a second booking made at the same moment: the same answer as the check. */
const asAlreadyBooked = (error: unknown): never => {
  throw error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002' ? new DomainError(ErrorCode.INVALID_TRANSITION) : error;
};

export function toTerminalView(terminal: TerminalDetail): TerminalView {
  return {
    id: terminal.id,
    serialNumber: terminal.serialNumber,
    type: terminal.type,
    model: terminal.model,
    simNetwork: terminal.simNetwork,
    firmwareVersion: terminal.firmwareVersion,
    status: terminal.status,
    address: terminal.address,
    installedAt: terminal.installedAt.toISOString(),
    liveAt: terminal.liveAt?.toISOString() ?? null,
    provider: terminal.provider,
    merchant: { id: terminal.merchant.id, displayName: terminal.merchant.displayName, businessName: terminal.application?.businessName ?? null },
    lastInspectionAt: terminal.inspections[0]?.completedAt?.toISOString() ?? null,
    nextInspectionDue: terminal.nextInspectionDue ? terminal.nextInspectionDue.toISOString().slice(0, 10) : null,
  };
}

interface Step {
  event: AppointmentEvent;
  data?: AppointmentChange;
  /** The application's own transition that goes with this step, if any. */
  applicationEvent?: Extract<ApplicationEvent, 'SCHEDULE_INSTALL' | 'COMPLETE_INSTALL' | 'DISPUTE_INSTALL' | 'GO_LIVE'>;
  reason?: string | null;
  alsoDo?: (tx: Db) => Promise<unknown>;
}

/**
 * Installation and go-live: the merchant books windows, the provider dispatches one of its technicians, the
 * technician records terminals, checks and a test transaction on site, and the merchant's confirmation puts the
 * terminals and the application live. Each step goes through the transition runner (the appointment's move and,
 * with it, the application's), with its audit rows and notifications, in one transaction.
 */
@Injectable()
export class InstallationsService {
  constructor(
    private readonly installations: InstallationsRepository,
    private readonly applications: ApplicationsRepository,
    private readonly prisma: PrismaService,
    private readonly audit: AuditLog,
    private readonly transitions: Transitions,
    private readonly schedule: TechnicianSchedule,
    private readonly notifier: Notifier,
    private readonly inspectionSchedule: InspectionSchedule,
  ) {}

  // ── merchant ──

  /**
   * The merchant proposes installation windows. One open appointment per application: checked first for the common
   * case, and a partial unique index decides between simultaneous requests (a double click).
   */
  async book(user: AuthUser, applicationId: string, dto: BookInstallationDto): Promise<InstallationView> {
    const application = await this.applications.findOwnedByMerchant(user.id, applicationId);
    if (!application) throw DomainError.notFound();
    if (application.status !== 'SIGNED' && application.status !== 'INSTALL_SCHEDULED') throw new DomainError(ErrorCode.INVALID_TRANSITION);
    if (await this.installations.findOpenForApplication(applicationId)) throw new DomainError(ErrorCode.INVALID_TRANSITION);
    const windows = checkWindows(dto.windows, 2);
    await this.prisma.$transaction(async (tx) => {
      const appointment = await this.installations.create(
        {
          applicationId,
          providerId: application.providerId,
          proposedWindows: windows.map((w) => ({ start: w.start.toISOString(), end: w.end.toISOString() })),
          address: application.installAddress ?? '',
          contactName: dto.contactName ?? application.contactName,
          contactMobile: dto.contactMobile ?? application.contactMobile,
          notes: dto.notes ?? null,
        },
        tx,
      );
      await this.audit.append(tx, { action: 'INSTALLATION_REQUESTED', entityId: appointment.id, applicationId, actorId: user.id, toStatus: 'PROPOSED' });
      const data = { applicationId, reference: application.reference, installationId: appointment.id };
      await this.notifier.notifyProvider(tx, application.providerId, [Role.SUPPORT, Role.PROVIDER_ADMIN], 'installation.requested', data);
      await this.notifier.publish(tx, application.providerId, 'installation.requested', data);
    }).catch(asAlreadyBooked);
    return this.forApplication(user, applicationId);
  }

  async forApplication(user: AuthUser, applicationId: string): Promise<InstallationView> {
    if (!(await this.applications.findOwnedByMerchant(user.id, applicationId))) throw DomainError.notFound();
    const appointment = await this.installations.findLatestForApplication(applicationId);
    if (!appointment) throw DomainError.notFound();
    return this.view(appointment);
  }

  async merchantReschedule(user: AuthUser, appointmentId: string, dto: RescheduleInstallationDto): Promise<InstallationView> {
    const appointment = await this.merchantOwned(user, appointmentId);
    const windows = checkWindows(dto.windows, 2);
    return this.rescheduleTo(user, appointment, windows, dto.reason, () => this.merchantView(user, appointmentId));
  }

  async merchantCancel(user: AuthUser, appointmentId: string, reason: string): Promise<InstallationView> {
    const appointment = await this.merchantOwned(user, appointmentId);
    await this.step(user, appointment, { event: 'CANCEL', data: { lastReason: reason }, reason });
    return this.merchantView(user, appointmentId);
  }

  /** The merchant accepts: terminals and application go LIVE, the first inspection falls due one interval (each model's own) later. */
  async accept(user: AuthUser, appointmentId: string): Promise<InstallationView> {
    const appointment = await this.merchantOwned(user, appointmentId);
    const now = new Date();
    await this.step(user, appointment, {
      event: 'MERCHANT_ACCEPT',
      data: { acceptedAt: now },
      applicationEvent: 'GO_LIVE',
      alsoDo: async (tx) => {
        await this.installations.goLive(appointment.id, now, tx);
        await this.inspectionSchedule.startForAppointment(appointment.id, now, tx);
      },
    });
    return this.merchantView(user, appointmentId);
  }

  /** The merchant disputes: back to the technician, with the reason, and the application back to scheduled. */
  async dispute(user: AuthUser, appointmentId: string, reason: string): Promise<InstallationView> {
    const appointment = await this.merchantOwned(user, appointmentId);
    await this.step(user, appointment, { event: 'DISPUTE', data: { lastReason: reason }, applicationEvent: 'DISPUTE_INSTALL', reason });
    return this.merchantView(user, appointmentId);
  }

  async merchantTerminals(user: AuthUser): Promise<TerminalListResponse> {
    return { items: (await this.installations.listTerminalsForMerchant(user.id)).map(toTerminalView) };
  }

  // ── provider dispatch ──

  async list(user: AuthUser, status?: string): Promise<InstallationListResponse> {
    return { items: (await this.installations.listForProvider(providerScopeOf(user), status)).map((a) => this.view(a)) };
  }

  async getForProvider(user: AuthUser, appointmentId: string): Promise<InstallationView> {
    return this.view(await this.providerOwned(user, appointmentId));
  }

  /** Assigns one of the provider's own technicians to a window; the database refuses a double booking. */
  async confirm(user: AuthUser, appointmentId: string, dto: ConfirmInstallationDto): Promise<InstallationView> {
    const appointment = await this.providerOwned(user, appointmentId);
    const providerId = providerScopeOf(user);
    if (!(await this.installations.findTechnician(providerId, dto.technicianId))) throw DomainError.invalidFields([{ field: 'technicianId', code: 'notTechnician' }]);
    const proposed = appointment.proposedWindows as unknown as TimeWindow[];
    let window: { start: Date; end: Date };
    if (dto.window) window = checkWindows([dto.window], 1, 'window')[0]!;
    else if (dto.windowIndex !== undefined && proposed[dto.windowIndex]) window = checkWindows([proposed[dto.windowIndex]!], 1, 'windowIndex')[0]!;
    else throw DomainError.invalidFields([{ field: 'windowIndex', code: 'required' }]);
    try {
      await this.step(user, appointment, {
        event: 'CONFIRM',
        data: { technicianId: dto.technicianId, confirmedStart: window.start, confirmedEnd: window.end },
        applicationEvent: appointment.application.status === 'SIGNED' ? 'SCHEDULE_INSTALL' : undefined,
        // On-site repair visits live in another table; the schedule checks both.
        alsoDo: (tx) => this.schedule.reserve(tx, dto.technicianId, window.start, window.end, { appointmentId: appointment.id }),
      });
    } catch (error) {
      if (isOverlapViolation(error)) throw new DomainError(ErrorCode.TECHNICIAN_DOUBLE_BOOKED);
      throw error;
    }
    return this.getForProvider(user, appointmentId);
  }

  async providerReschedule(user: AuthUser, appointmentId: string, dto: RescheduleInstallationDto): Promise<InstallationView> {
    const appointment = await this.providerOwned(user, appointmentId);
    return this.rescheduleTo(user, appointment, checkWindows(dto.windows, 1), dto.reason, () => this.getForProvider(user, appointmentId));
  }

  async providerCancel(user: AuthUser, appointmentId: string, reason: string): Promise<InstallationView> {
    const appointment = await this.providerOwned(user, appointmentId);
    await this.step(user, appointment, { event: 'CANCEL', data: { lastReason: reason }, reason });
    return this.getForProvider(user, appointmentId);
  }

  async providerTerminals(user: AuthUser, q?: string): Promise<TerminalListResponse> {
    return { items: (await this.installations.searchTerminalsForProvider(providerScopeOf(user), q)).map(toTerminalView) };
  }

  // ── technician ──

  async jobs(user: AuthUser): Promise<InstallationListResponse> {
    return { items: (await this.installations.listJobs(providerScopeOf(user), user.id)).map((a) => this.view(a)) };
  }

  async job(user: AuthUser, appointmentId: string): Promise<InstallationView> {
    return this.view(await this.technicianOwned(user, appointmentId));
  }

  async arrive(user: AuthUser, appointmentId: string): Promise<InstallationView> {
    await this.step(user, await this.technicianOwned(user, appointmentId), { event: 'ARRIVE' });
    return this.job(user, appointmentId);
  }

  /** Records a terminal installed on site; serial numbers are unique across the platform. */
  async recordTerminal(user: AuthUser, appointmentId: string, dto: RecordTerminalDto): Promise<InstallationView> {
    const appointment = await this.technicianOwned(user, appointmentId);
    if (appointment.status !== 'ON_SITE') throw new DomainError(ErrorCode.INVALID_TRANSITION);
    const model = await this.installations.providerModel(appointment.providerId, dto.model);
    if (!model) throw DomainError.invalidFields([{ field: 'model', code: 'unknownModel' }]);
    try {
      await this.prisma.$transaction(async (tx) => {
        const terminal = await this.installations.createTerminal(
          {
            providerId: appointment.providerId,
            merchantId: appointment.application.merchantId,
            applicationId: appointment.applicationId,
            appointmentId: appointment.id,
            serialNumber: dto.serialNumber,
            type: model.type,
            model: model.name,
            simNetwork: dto.simNetwork ?? null,
            firmwareVersion: dto.firmwareVersion ?? null,
            status: 'INSTALLED',
            address: appointment.address,
          },
          tx,
        );
        // The terminals are part of the appointment that completion checks: recorded only while it is still on site as read.
        await this.transitions.edit(tx, {
          row: appointment,
          update: this.installations.updateIfUnchanged,
          data: {},
          audit: { action: 'TERMINAL_RECORDED', entityId: terminal.id, applicationId: appointment.applicationId, actorId: user.id, data: { serialNumber: terminal.serialNumber } },
        });
      });
    } catch (error) {
      if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002') throw new DomainError(ErrorCode.DUPLICATE_SERIAL);
      throw error;
    }
    return this.job(user, appointmentId);
  }

  async removeTerminal(user: AuthUser, appointmentId: string, terminalId: string): Promise<InstallationView> {
    const appointment = await this.technicianOwned(user, appointmentId);
    if (appointment.status !== 'ON_SITE') throw new DomainError(ErrorCode.INVALID_TRANSITION);
    const terminal = appointment.terminals.find((t) => t.id === terminalId && t.status === 'INSTALLED');
    if (!terminal) throw DomainError.notFound();
    await this.prisma.$transaction(async (tx) => {
      if ((await this.installations.deleteTerminal(appointment.id, terminal.id, tx)).count === 0) throw DomainError.notFound();
      await this.transitions.edit(tx, {
        row: appointment,
        update: this.installations.updateIfUnchanged,
        data: {},
        audit: { action: 'TERMINAL_REMOVED', entityId: terminal.id, applicationId: appointment.applicationId, actorId: user.id, data: { serialNumber: terminal.serialNumber } },
      });
    });
    return this.job(user, appointmentId);
  }

  /**
   * Completes the installation. Refused, saying why, while any check failed, the test transaction was not
   * approved (ISO 8583 "00"), no receipt printed, or fewer terminals were recorded than the merchant asked for.
   */
  async complete(user: AuthUser, appointmentId: string, dto: CompleteInstallationDto): Promise<InstallationView> {
    const appointment = await this.technicianOwned(user, appointmentId);
    if (appointment.status !== 'ON_SITE') throw new DomainError(ErrorCode.INVALID_TRANSITION);
    const failures: string[] = [];
    for (const item of CHECKLIST_ITEMS) if (!dto.checklist[item]) failures.push(`checklist.${item}`);
    if (dto.testTransaction.responseCode !== APPROVED_RESPONSE_CODE) failures.push('testTransaction.responseCode');
    if (!dto.testTransaction.receiptPrinted) failures.push('testTransaction.receiptPrinted');
    const wanted = appointment.application.terminalRequests.reduce((sum, r) => sum + r.count, 0);
    const installed = appointment.terminals.filter((t) => t.status === 'INSTALLED').length;
    if (installed === 0 || installed < wanted) failures.push('terminals');
    if (failures.length > 0) throw new DomainError(ErrorCode.INSTALLATION_CHECKS_FAILED, { failures, terminalsWanted: wanted, terminalsRecorded: installed });
    await this.step(user, appointment, {
      event: 'RECORD_TEST',
      data: { checklist: dto.checklist as unknown as Prisma.InputJsonValue, testTransaction: { ...dto.testTransaction, at: new Date().toISOString() } as Prisma.InputJsonValue },
      applicationEvent: 'COMPLETE_INSTALL',
    });
    return this.job(user, appointmentId);
  }

  // ── shared ──

  private async rescheduleTo(user: AuthUser, appointment: InstallationDetail, windows: { start: Date; end: Date }[], reason: string, then: () => Promise<InstallationView>) {
    const proposedWindows = windows.map((w) => ({ start: w.start.toISOString(), end: w.end.toISOString() }));
    const data = { proposedWindows, confirmedStart: null, confirmedEnd: null, technicianId: null, lastReason: reason };
    if (appointment.status === 'PROPOSED') {
      // Not confirmed yet: the new windows simply replace the old ones.
      await this.prisma.$transaction((tx) =>
        this.transitions.edit(tx, {
          row: appointment,
          update: this.installations.updateIfUnchanged,
          data,
          audit: { action: 'RESCHEDULE', applicationId: appointment.applicationId, actorId: user.id, reason },
        }),
      );
    } else {
      await this.step(user, appointment, { event: 'RESCHEDULE', data, reason });
    }
    return then();
  }

  private async step(user: AuthUser, appointment: InstallationDetail, step: Step): Promise<void> {
    const application = appointment.application;
    const reason = step.reason ?? null;
    await this.prisma.$transaction(async (tx) => {
      const to = await this.transitions.run(tx, {
        machine: appointmentMachine,
        row: appointment,
        event: step.event,
        update: this.installations.updateIfUnchanged,
        data: step.data ?? {},
        audit: { action: `INSTALLATION_${step.event}`, applicationId: application.id, actorId: user.id, reason },
      });
      await step.alsoDo?.(tx);
      if (step.applicationEvent) {
        await this.transitions.run(tx, {
          machine: applicationMachine,
          row: application,
          event: step.applicationEvent,
          update: this.applications.updateIfUnchanged,
          data: {},
          audit: { action: step.applicationEvent, applicationId: application.id, actorId: user.id, reason },
        });
      }
      await this.tell(tx, user, appointment, step, to);
    });
  }

  /** Whoever waits on the step's outcome: the merchant for the provider's moves, the provider for the merchant's. */
  private async tell(tx: Db, user: AuthUser, appointment: InstallationDetail, step: Step, to: string): Promise<void> {
    const application = appointment.application;
    const data = { applicationId: application.id, reference: application.reference, installationId: appointment.id };
    const byMerchant = user.role === Role.MERCHANT;
    const dispatch = [Role.SUPPORT, Role.PROVIDER_ADMIN];
    const technician = appointment.technician ? [appointment.technician.id] : [];
    switch (step.event) {
      case 'CONFIRM': {
        const start = (step.data?.confirmedStart as Date | undefined)?.toISOString() ?? '';
        await this.notifier.notify(tx, [application.merchantId], 'installation.confirmed', { ...data, start });
        break;
      }
      case 'RESCHEDULE':
      case 'CANCEL': {
        const type = step.event === 'CANCEL' ? 'installation.cancelled' : 'installation.rescheduled';
        if (byMerchant) {
          await this.notifier.notifyProvider(tx, appointment.providerId, dispatch, type, { ...data, reason: step.reason ?? '' });
          await this.notifier.notify(tx, technician, type, { ...data, reason: step.reason ?? '' });
        } else await this.notifier.notify(tx, [application.merchantId], type, { ...data, reason: step.reason ?? '' });
        break;
      }
      case 'RECORD_TEST':
        if (to === 'TESTED') await this.notifier.notify(tx, [application.merchantId], 'installation.to_confirm', data);
        break;
      case 'MERCHANT_ACCEPT':
        await this.notifier.notifyProvider(tx, appointment.providerId, dispatch, 'installation.accepted', data);
        await this.notifier.publish(tx, appointment.providerId, 'installation.accepted', { ...data, status: 'LIVE' });
        break;
      case 'DISPUTE':
        await this.notifier.notifyProvider(tx, appointment.providerId, dispatch, 'installation.disputed', { ...data, reason: step.reason ?? '' });
        await this.notifier.notify(tx, technician, 'installation.disputed', { ...data, reason: step.reason ?? '' });
        break;
    }
  }

  private async merchantOwned(user: AuthUser, appointmentId: string): Promise<InstallationDetail> {
    const appointment = await this.installations.findForMerchant(user.id, appointmentId);
    if (!appointment) throw DomainError.notFound();
    return appointment;
  }

  private async merchantView(user: AuthUser, appointmentId: string): Promise<InstallationView> {
    return this.view(await this.merchantOwned(user, appointmentId));
  }

  private async providerOwned(user: AuthUser, appointmentId: string): Promise<InstallationDetail> {
    const appointment = await this.installations.findForProvider(providerScopeOf(user), appointmentId);
    if (!appointment) throw DomainError.notFound();
    return appointment;
  }

  private async technicianOwned(user: AuthUser, appointmentId: string): Promise<InstallationDetail> {
    const appointment = await this.installations.findForTechnician(providerScopeOf(user), user.id, appointmentId);
    if (!appointment) throw DomainError.notFound();
    return appointment;
  }

  private view(appointment: InstallationDetail): InstallationView {
    const application = appointment.application;
    return {
      id: appointment.id,
      status: appointment.status,
      applicationId: application.id,
      applicationReference: application.reference,
      provider: { id: appointment.provider.id, name: appointment.provider.name },
      merchant: {
        displayName: application.merchant.displayName,
        businessName: application.businessName,
        contactName: appointment.contactName ?? application.contactName,
        contactMobile: appointment.contactMobile ?? application.contactMobile,
      },
      address: appointment.address,
      proposedWindows: appointment.proposedWindows as unknown as TimeWindow[],
      confirmedWindow: appointment.confirmedStart && appointment.confirmedEnd ? { start: appointment.confirmedStart.toISOString(), end: appointment.confirmedEnd.toISOString() } : null,
      technician: appointment.technician,
      terminalsWanted: application.terminalRequests,
      terminals: appointment.terminals.map(toTerminalView),
      checklist: appointment.checklist as unknown as Checklist | null,
      testTransaction: appointment.testTransaction as unknown as TestTransaction | null,
      notes: appointment.notes,
      lastReason: appointment.lastReason,
      acceptedAt: appointment.acceptedAt?.toISOString() ?? null,
      updatedAt: appointment.updatedAt.toISOString(),
    };
  }
}
