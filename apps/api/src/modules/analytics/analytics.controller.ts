import { Controller, Get, Headers, Param, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiProperty, ApiTags } from '@nestjs/swagger';
import { type AnalyticsDashboard, type AnalyticsQuery, ANALYTICS_TABLES, type AnalyticsTable, localeFromAcceptLanguage, Role } from '@pos/shared';
import type { FastifyReply } from 'fastify';
import type { AuthUser } from '../../core/auth/auth-user.js';
import { CurrentUser, Roles } from '../../core/auth/decorators.js';
import { DomainError } from '../../core/errors/domain-error.js';
import { IsFilterDate } from '../../core/validation/date-range.js';
import { AnalyticsService } from './analytics.service.js';

class AnalyticsQueryDto implements AnalyticsQuery {
  @ApiProperty({ example: '2026-09-01', format: 'date' }) @IsFilterDate() from: string;
  @ApiProperty({ example: '2026-11-30', format: 'date' }) @IsFilterDate() to: string;
}

@ApiTags('analytics')
@ApiBearerAuth()
@Roles(Role.PROVIDER_ADMIN, Role.REVIEWER, Role.SUPPORT)
@Controller('console/analytics')
export class AnalyticsController {
  constructor(private readonly analytics: AnalyticsService) {}

  @Get()
  dashboard(@CurrentUser() user: AuthUser, @Query() query: AnalyticsQueryDto): Promise<AnalyticsDashboard> {
    return this.analytics.dashboard(user, query.from, query.to);
  }

  /** One table as CSV, e.g. /api/console/analytics/export/funnel.csv?from=…&to=… */
  @Get('export/:file')
  async export(
    @CurrentUser() user: AuthUser,
    @Param('file') file: string,
    @Query() query: AnalyticsQueryDto,
    @Headers('accept-language') acceptLanguage: string | undefined,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const table = file.replace(/\.csv$/, '') as AnalyticsTable;
    if (!file.endsWith('.csv') || !ANALYTICS_TABLES.includes(table)) throw DomainError.notFound();
    const csv = await this.analytics.csv(user, table, query.from, query.to, localeFromAcceptLanguage(acceptLanguage));
    await reply
      .header('content-type', 'text/csv; charset=utf-8')
      .header('content-disposition', `attachment; filename="${table}-${query.from}-${query.to}.csv"`)
      .header('cache-control', 'private, no-store')
      .send(csv);
  }
}
