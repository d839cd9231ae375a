import { Controller, Delete, Get, Headers, HttpCode, Param, Post, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiConsumes, ApiTags } from '@nestjs/swagger';
import { type ApplicationDocumentView, type DocumentType, Role } from '@pos/shared';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { AuthUser } from '../../core/auth/auth-user.js';
import { CurrentUser, Roles } from '../../core/auth/decorators.js';
import { sendFile } from '../../core/http/file-reply.js';
import { UuidParamPipe } from '../../core/http/uuid-param.pipe.js';
import { DocumentTypePipe } from './document-type.pipe.js';
import { DocumentsService } from './documents.service.js';

@ApiTags('documents')
@ApiBearerAuth()
@Controller('applications/:applicationId/documents')
export class DocumentsController {
  constructor(private readonly documents: DocumentsService) {}

  @Post(':documentType')
  @Roles(Role.MERCHANT)
  @ApiConsumes('multipart/form-data')
  upload(
    @CurrentUser() user: AuthUser,
    @Param('applicationId', UuidParamPipe) applicationId: string,
    @Param('documentType', DocumentTypePipe) documentType: DocumentType,
    @Req() request: FastifyRequest,
  ): Promise<ApplicationDocumentView> {
    return this.documents.upload(user, applicationId, documentType, request);
  }

  @Delete(':documentId')
  @Roles(Role.MERCHANT)
  @HttpCode(204)
  remove(@CurrentUser() user: AuthUser, @Param('applicationId', UuidParamPipe) applicationId: string, @Param('documentId', UuidParamPipe) documentId: string): Promise<void> {
    return this.documents.remove(user, applicationId, documentId);
  }

  @Get(':documentId/file')
  @Roles(Role.MERCHANT, Role.REVIEWER, Role.PROVIDER_ADMIN, Role.PLATFORM_ADMIN)
  async download(
    @CurrentUser() user: AuthUser,
    @Param('applicationId', UuidParamPipe) applicationId: string,
    @Param('documentId', UuidParamPipe) documentId: string,
    @Headers('range') range: string | undefined,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    await sendFile(reply, await this.documents.download(user, applicationId, documentId), range);
  }
}
