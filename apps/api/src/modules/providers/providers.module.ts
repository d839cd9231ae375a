import { Module } from '@nestjs/common';
import { AnalyticsModule } from '../analytics/analytics.module.js';
import { InspectionScheduleModule } from '../prevention/inspection-schedule.js';
import { ProviderCatalogRepository } from './provider-catalog.repository.js';
import { ProviderCatalogService } from './provider-catalog.service.js';
import { ProviderConsoleController } from './provider-console.controller.js';
import { ProviderConsoleService } from './provider-console.service.js';
import { ProviderQualityService } from './provider-quality.service.js';
import { ProviderSettingsRepository } from './provider-settings.repository.js';
import { ProvidersController } from './providers.controller.js';

/** The provider marketplace (public catalog, comparison, fee estimate) and the provider admin's own settings. */
@Module({
  imports: [AnalyticsModule, InspectionScheduleModule],
  controllers: [ProvidersController, ProviderConsoleController],
  providers: [ProviderCatalogService, ProviderConsoleService, ProviderQualityService, ProviderCatalogRepository, ProviderSettingsRepository],
})
export class ProvidersModule {}
