import { Injectable, type OnModuleDestroy } from '@nestjs/common';
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from '../../generated/prisma/client.js';
import { RuntimeConfig } from '../config/runtime-config.js';

/** The one database client of the process: Prisma's WebAssembly query compiler over node-postgres (ADR 0001). */
@Injectable()
export class PrismaService extends PrismaClient implements OnModuleDestroy {
  constructor(runtime: RuntimeConfig) {
    super({ adapter: new PrismaPg({ connectionString: runtime.databaseUrl, max: 20 }) });
  }

  async onModuleDestroy(): Promise<void> {
    await this.$disconnect();
  }
}

/** The client handed to a `$transaction` callback; repositories accept it so services can compose them in one transaction. */
export type PrismaTx = Parameters<Parameters<PrismaService['$transaction']>[0]>[0];
/** Either the service itself or a transaction client. */
export type Db = PrismaService | PrismaTx;
/**
 * A transaction client and nothing else: the root client has `$transaction`, which this type forbids, so writes that
 * must commit or roll back with the caller's change (the audit trail, status transitions) cannot be handed it.
 */
export type Tx = PrismaTx & { readonly $transaction?: never };
