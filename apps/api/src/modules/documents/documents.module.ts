import { Module } from '@nestjs/common';
import { ApplicationsModule } from '../applications/applications.module.js';
import { DocumentsController } from './documents.controller.js';
import { DocumentsRepository } from './documents.repository.js';
import { DocumentsService } from './documents.service.js';

@Module({ imports: [ApplicationsModule], controllers: [DocumentsController], providers: [DocumentsService, DocumentsRepository] })
export class DocumentsModule {}
