import { Injectable } from '@nestjs/common';
import { PrismaService } from '../../core/prisma/prisma.service.js';

/** Applications as their provider's review staff see them: only their provider's, never private drafts. */
@Injectable()
export class ReviewsRepository {
  constructor(private readonly prisma: PrismaService) {}

  findSensitiveFields(providerId: string, applicationId: string) {
    return this.prisma.application.findFirst({
      where: { id: applicationId, providerId, status: { not: 'DRAFT' } },
      select: { id: true, legalRepIdEncrypted: true, settlementAccountEncrypted: true },
    });
  }
}
