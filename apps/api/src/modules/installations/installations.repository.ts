import { Injectable } from '@nestjs/common';
import { escapeLike } from '../../core/prisma/like-pattern.js';
import type { AppointmentStatus } from '@pos/shared';
import { type Db, PrismaService } from '../../core/prisma/prisma.service.js';
import { type ConditionalUpdate, NEXT_VERSION, unchanged } from '../../core/transitions/transitions.js';
import type { Prisma } from '../../generated/prisma/client.js';

/** What an appointment's change writes besides its status and version, which the runner's conditional update sets. */
export type AppointmentChange = Omit<Prisma.InstallationAppointmentUncheckedUpdateManyInput, 'id' | 'status' | 'version'>;

export const TERMINAL_DETAIL = {
  provider: { select: { id: true, name: true } },
  merchant: { select: { id: true, displayName: true } },
  application: { select: { businessName: true } },
  inspections: { where: { status: 'COMPLETED' }, orderBy: { completedAt: 'desc' }, take: 1, select: { completedAt: true } },
} as const satisfies Prisma.TerminalInclude;

export type TerminalDetail = Prisma.TerminalGetPayload<{ include: typeof TERMINAL_DETAIL }>;

export const INSTALLATION_DETAIL = {
  provider: { select: { id: true, name: true, inspectionIntervalDays: true } },
  technician: { select: { id: true, displayName: true, mobile: true } },
  application: {
    select: {
      id: true,
      reference: true,
      status: true,
      version: true,
      merchantId: true,
      businessName: true,
      contactName: true,
      contactMobile: true,
      installAddress: true,
      merchant: { select: { displayName: true } },
      terminalRequests: { select: { terminalType: true, count: true } },
    },
  },
  terminals: { include: TERMINAL_DETAIL, orderBy: { installedAt: 'asc' } },
} as const satisfies Prisma.InstallationAppointmentInclude;

export type InstallationDetail = Prisma.InstallationAppointmentGetPayload<{ include: typeof INSTALLATION_DETAIL }>;

const OPEN_APPOINTMENT = { status: { notIn: ['CANCELLED', 'ACCEPTED'] } } as const satisfies Prisma.InstallationAppointmentWhereInput;

@Injectable()
export class InstallationsRepository {
  constructor(private readonly prisma: PrismaService) {}

  findOpenForApplication(applicationId: string) {
    return this.prisma.installationAppointment.findFirst({ where: { applicationId, ...OPEN_APPOINTMENT }, include: INSTALLATION_DETAIL });
  }

  findLatestForApplication(applicationId: string) {
    return this.prisma.installationAppointment.findFirst({ where: { applicationId }, orderBy: { createdAt: 'desc' }, include: INSTALLATION_DETAIL });
  }

  create(data: Prisma.InstallationAppointmentUncheckedCreateInput, db: Db) {
    return db.installationAppointment.create({ data });
  }

  findForMerchant(merchantId: string, appointmentId: string) {
    return this.prisma.installationAppointment.findFirst({ where: { id: appointmentId, application: { merchantId } }, include: INSTALLATION_DETAIL });
  }

  findForProvider(providerId: string, appointmentId: string) {
    return this.prisma.installationAppointment.findFirst({ where: { id: appointmentId, providerId }, include: INSTALLATION_DETAIL });
  }

  /** A technician's own job within their provider; another technician's job is invisible. */
  findForTechnician(providerId: string, technicianId: string, appointmentId: string) {
    return this.prisma.installationAppointment.findFirst({ where: { id: appointmentId, providerId, technicianId }, include: INSTALLATION_DETAIL });
  }

  listForProvider(providerId: string, status?: string) {
    return this.prisma.installationAppointment.findMany({
      where: { providerId, ...(status ? { status: status as never } : OPEN_APPOINTMENT) },
      include: INSTALLATION_DETAIL,
      orderBy: [{ confirmedStart: 'asc' }, { createdAt: 'asc' }],
      take: 200,
    });
  }

  /** Today's and upcoming jobs of one technician, and any left unfinished. */
  listJobs(providerId: string, technicianId: string) {
    return this.prisma.installationAppointment.findMany({
      where: { providerId, technicianId, status: { in: ['CONFIRMED', 'ON_SITE', 'TESTED'] } },
      include: INSTALLATION_DETAIL,
      orderBy: { confirmedStart: 'asc' },
    });
  }

  findTechnician(providerId: string, userId: string) {
    return this.prisma.user.findFirst({ where: { id: userId, providerId, role: 'TECHNICIAN', disabledAt: null }, select: { id: true } });
  }

  providerModel(providerId: string, name: string) {
    return this.prisma.terminalModel.findFirst({ where: { providerId, name, active: true }, select: { type: true, name: true } });
  }

  /** Every change of an appointment goes through the transition runner with this: of two concurrent actions exactly one lands. */
  readonly updateIfUnchanged: ConditionalUpdate<AppointmentStatus, AppointmentChange> = async (expected, to, data, tx) => {
    const { count } = await tx.installationAppointment.updateMany({ where: unchanged(expected), data: { ...data, status: to, ...NEXT_VERSION } });
    return count === 1;
  };

  createTerminal(data: Prisma.TerminalUncheckedCreateInput, db: Db) {
    return db.terminal.create({ data });
  }

  deleteTerminal(appointmentId: string, terminalId: string, db: Db) {
    return db.terminal.deleteMany({ where: { id: terminalId, appointmentId, status: 'INSTALLED' } });
  }

  goLive(appointmentId: string, liveAt: Date, db: Db) {
    return db.terminal.updateMany({ where: { appointmentId, status: 'INSTALLED' }, data: { status: 'LIVE', liveAt } });
  }

  listTerminalsForMerchant(merchantId: string) {
    return this.prisma.terminal.findMany({ where: { merchantId }, include: TERMINAL_DETAIL, orderBy: { installedAt: 'desc' } });
  }

  /**
   * The provider's terminals, searchable by serial prefix or the merchant's business or display name. The search text
   * is escaped: Prisma passes it into LIKE as it is, where % and _ would be wildcards.
   */
  searchTerminalsForProvider(providerId: string, q?: string) {
    const literal = q === undefined ? undefined : escapeLike(q);
    return this.prisma.terminal.findMany({
      where: {
        providerId,
        ...(literal
          ? {
              OR: [
                { serialNumber: { startsWith: literal.toUpperCase() } },
                { application: { businessName: { contains: literal, mode: 'insensitive' } } },
                { merchant: { displayName: { contains: literal, mode: 'insensitive' } } },
              ],
            }
          : {}),
      },
      include: TERMINAL_DETAIL,
      orderBy: { installedAt: 'desc' },
      take: 200,
    });
  }
}
