import { Module } from '@nestjs/common';

/** The provider marketplace (public catalog, comparison, fee estimate) and the provider admin's own settings. */
@Module({})
export class ProvidersModule {}
