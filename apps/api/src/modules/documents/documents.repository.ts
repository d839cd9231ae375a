import { Injectable } from '@nestjs/common';
import type { DocumentType, PdfActiveContent } from '@pos/shared';
import { type Db, PrismaService } from '../../core/prisma/prisma.service.js';

@Injectable()
export class DocumentsRepository {
  constructor(private readonly prisma: PrismaService) {}

  /** Queues uploads to one application behind each other until the transaction ends. */
  async lockApplication(applicationId: string, tx: Db): Promise<void> {
    await tx.$queryRaw`SELECT 1 FROM "Application" WHERE "id" = ${applicationId}::uuid FOR UPDATE`;
  }

  /** Marks the current document of a type as replaced, so only the newest counts. */
  replaceCurrent(applicationId: string, documentType: DocumentType, db: Db) {
    return db.applicationDocument.updateMany({ where: { applicationId, documentType, replacedAt: null }, data: { replacedAt: new Date() } });
  }

  create(data: { applicationId: string; documentType: DocumentType; fileSha256: string; originalName: string; uploadedById: string; activeContent: PdfActiveContent[] }, db: Db) {
    return db.applicationDocument.create({ data, include: { file: true } });
  }

  /** A current document of the given application (the application's tenancy is checked by the caller). */
  findCurrentInApplication(applicationId: string, documentId: string) {
    return this.prisma.applicationDocument.findFirst({ where: { id: documentId, applicationId, replacedAt: null }, include: { file: true } });
  }

  /** Any version of a document of the given application, for downloads of what a reviewer saw. */
  findInApplication(applicationId: string, documentId: string) {
    return this.prisma.applicationDocument.findFirst({ where: { id: documentId, applicationId }, include: { file: true } });
  }

  delete(documentId: string, db: Db) {
    return db.applicationDocument.delete({ where: { id: documentId } });
  }

  /** The application a provider's staff member may open: their provider's, and no longer a private draft. */
  findApplicationForProviderStaff(providerId: string, applicationId: string) {
    return this.prisma.application.findFirst({ where: { id: applicationId, providerId, status: { not: 'DRAFT' } }, select: { id: true } });
  }

  findApplicationForPlatform(applicationId: string) {
    return this.prisma.application.findFirst({ where: { id: applicationId, status: { not: 'DRAFT' } }, select: { id: true } });
  }
}
