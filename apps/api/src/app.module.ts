import { type DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER, APP_GUARD } from '@nestjs/core';
import { ThrottlerGuard, ThrottlerModule } from '@nestjs/throttler';
import { AuditModule } from './core/audit/audit.module.js';
import { TransitionsModule } from './core/transitions/transitions.module.js';
import { SIGN_IN_RATE_LIMIT } from './core/auth/decorators.js';
import { JwtAuthGuard, RolesGuard } from './core/auth/guards.js';
import { RuntimeConfig } from './core/config/runtime-config.js';
import { AllExceptionsFilter } from './core/errors/all-exceptions.filter.js';
import { LoggerModule } from './core/logging/logger.module.js';
import { PrismaModule } from './core/prisma/prisma.module.js';
import { PostgresThrottlerStorage } from './core/rate-limit/postgres-throttler-storage.js';
import { RateLimitModule } from './core/rate-limit/rate-limit.module.js';
import { CalendarModule } from './core/calendar/calendar.module.js';
import { CryptoModule } from './core/crypto/crypto.module.js';
import { StorageModule } from './core/storage/storage.module.js';
import { JobsModule } from './core/jobs/job-queue.js';
import { AccountsModule } from './modules/accounts/accounts.module.js';
import { AdminModule } from './modules/admin/admin.module.js';
import { AgreementsModule } from './modules/agreements/agreements.module.js';
import { ApplicationsModule } from './modules/applications/applications.module.js';
import { DocumentsModule } from './modules/documents/documents.module.js';
import { InstallationsModule } from './modules/installations/installations.module.js';
import { ReviewsModule } from './modules/reviews/reviews.module.js';
import { HealthController } from './modules/health/health.controller.js';
import { ProvidersModule } from './modules/providers/providers.module.js';
import { StaffModule } from './modules/staff/staff.module.js';
import { NotificationsModule } from './modules/notifications/notifications.module.js';
import { TicketsModule } from './modules/tickets/tickets.module.js';
import { AnalyticsModule } from './modules/analytics/analytics.module.js';
import { TroubleshootingModule } from './modules/troubleshooting/troubleshooting.module.js';
import { PreventionModule } from './modules/prevention/prevention.module.js';

@Module({})
class RuntimeConfigModule {
  static forRoot(runtime: RuntimeConfig): DynamicModule {
    return { module: RuntimeConfigModule, global: true, providers: [{ provide: RuntimeConfig, useValue: runtime }], exports: [RuntimeConfig] };
  }
}

@Module({})
export class AppModule {
  static forRoot(runtime: RuntimeConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        RuntimeConfigModule.forRoot(runtime),
        LoggerModule,
        ThrottlerModule.forRootAsync({
          imports: [RateLimitModule],
          inject: [PostgresThrottlerStorage],
          // Counters in PostgreSQL: every replica on the database counts a client's requests together.
          useFactory: (storage: PostgresThrottlerStorage) => ({
            storage,
            throttlers: [
              {
                ttl: 60_000,
                limit: (context) =>
                  Reflect.getMetadata(SIGN_IN_RATE_LIMIT, context.getHandler())
                    ? runtime.env.AUTH_RATE_LIMIT_PER_MINUTE
                    : runtime.env.RATE_LIMIT_PER_MINUTE,
              },
            ],
          }),
        }),
        PrismaModule,
        AuditModule,
        TransitionsModule,
        CryptoModule,
        CalendarModule,
        StorageModule,
        JobsModule,
        NotificationsModule,
        AccountsModule,
        AdminModule,
        StaffModule,
        ProvidersModule,
        ApplicationsModule,
        DocumentsModule,
        ReviewsModule,
        AgreementsModule,
        InstallationsModule,
        TicketsModule,
        TroubleshootingModule,
        AnalyticsModule,
        PreventionModule,
      ],
      controllers: [HealthController],
      providers: [
        { provide: APP_FILTER, useClass: AllExceptionsFilter },
        { provide: APP_GUARD, useClass: ThrottlerGuard },
        { provide: APP_GUARD, useClass: JwtAuthGuard },
        { provide: APP_GUARD, useClass: RolesGuard },
      ],
    };
  }
}
