import { Injectable } from '@nestjs/common';
import { type ApplicationDocumentView, type DocumentType, isProviderStaff, Role } from '@pos/shared';
import type { FastifyRequest } from 'fastify';
import type { FileDownload } from '../../core/http/file-reply.js';
import { AuditLog } from '../../core/audit/audit-log.js';
import type { AuthUser } from '../../core/auth/auth-user.js';
import { DomainError } from '../../core/errors/domain-error.js';
import { PrismaService } from '../../core/prisma/prisma.service.js';
import { StoredFiles } from '../../core/storage/stored-files.js';
import { UploadReader } from '../../core/storage/upload-reader.js';
import { toDocumentView } from '../applications/application.mapper.js';
import { ApplicationsService } from '../applications/applications.service.js';
import { DocumentsRepository } from './documents.repository.js';


@Injectable()
export class DocumentsService {
  constructor(
    private readonly applications: ApplicationsService,
    private readonly documents: DocumentsRepository,
    private readonly uploads: UploadReader,
    private readonly files: StoredFiles,
    private readonly prisma: PrismaService,
    private readonly audit: AuditLog,
  ) {}

  /**
   * Stores an uploaded document and makes it the current one of its type. The bytes stream to the store first and
   * get their content address in the transaction that records the document; uploads to one application queue on its
   * row, so parallel uploads to one slot each replace the one before and exactly one stays current.
   */
  async upload(user: AuthUser, applicationId: string, documentType: DocumentType, request: FastifyRequest): Promise<ApplicationDocumentView> {
    const application = await this.applications.owned(user, applicationId);
    this.applications.assertEditable(application);
    this.applications.assertRequestedDocument(application, documentType);
    const upload = await this.uploads.receive(request);

    const document = await this.files.storeWith(upload, async (tx) => {
      await this.documents.lockApplication(application.id, tx);
      await this.documents.replaceCurrent(application.id, documentType, tx);
      const created = await this.documents.create(
        { applicationId: application.id, documentType, fileSha256: upload.sha256, originalName: upload.displayName, uploadedById: user.id, activeContent: upload.activeContent },
        tx,
      );
      await this.audit.append(tx, { action: 'DOCUMENT_UPLOADED', entityId: created.id, applicationId: application.id, actorId: user.id, data: { documentType, sha256: upload.sha256 } });
      return created;
    });
    return toDocumentView(application.id, document);
  }

  /** Deletes a document while the application is still editable; the bytes go too when nothing else uses them. */
  async remove(user: AuthUser, applicationId: string, documentId: string): Promise<void> {
    const application = await this.applications.owned(user, applicationId);
    this.applications.assertEditable(application);
    const document = await this.documents.findCurrentInApplication(application.id, documentId);
    if (!document) throw DomainError.notFound();
    this.applications.assertRequestedDocument(application, document.documentType);
    await this.prisma.$transaction(async (tx) => {
      await this.documents.delete(document.id, tx);
      await this.audit.append(tx, { action: 'DOCUMENT_DELETED', entityId: document.id, applicationId: application.id, actorId: user.id, data: { documentType: document.documentType } });
    });
    await this.files.releaseIfUnreferenced(document.fileSha256);
  }

  /**
   * The file, for its merchant, for the staff of the provider it was submitted to, and for platform admins;
   * 404 for everyone else, exactly as for an id that does not exist.
   */
  async download(user: AuthUser, applicationId: string, documentId: string): Promise<FileDownload> {
    await this.assertCanRead(user, applicationId);
    const document = await this.documents.findInApplication(applicationId, documentId);
    if (!document) throw DomainError.notFound();
    return this.files.download(document.fileSha256, document.file.mimeType, document.originalName);
  }

  private async assertCanRead(user: AuthUser, applicationId: string): Promise<void> {
    let visible: unknown;
    if (user.role === Role.MERCHANT) visible = await this.applications.owned(user, applicationId).catch(() => null);
    else if (isProviderStaff(user.role) && user.providerId && user.role !== Role.TECHNICIAN && user.role !== Role.SUPPORT) {
      visible = await this.documents.findApplicationForProviderStaff(user.providerId, applicationId);
    } else if (user.role === Role.PLATFORM_ADMIN) visible = await this.documents.findApplicationForPlatform(applicationId);
    if (!visible) throw DomainError.notFound();
  }
}
