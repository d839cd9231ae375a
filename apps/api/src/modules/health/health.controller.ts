import { Controller, Get } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { ErrorCode, type HealthResponse } from '@pos/shared';
import { Public } from '../../core/auth/decorators.js';
import { DomainError } from '../../core/errors/domain-error.js';
import { PrismaService } from '../../core/prisma/prisma.service.js';
import { SkipThrottle } from '@nestjs/throttler';

const VERSION = process.env.npm_package_version ?? '0.1.0';

@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(private readonly prisma: PrismaService) {}

  /** Ready when the database answers; load balancers and the start script poll this. */
  @Public()
  @SkipThrottle()
  @Get()
  async health(): Promise<HealthResponse> {
    try {
      await this.prisma.$queryRaw`SELECT 1`;
    } catch {
      throw new DomainError(ErrorCode.SERVICE_UNAVAILABLE);
    }
    return { status: 'ok', database: 'up', version: VERSION };
  }
}
