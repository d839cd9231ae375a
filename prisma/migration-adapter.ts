/**
 * The driver-adapter factory that Prisma's CLI uses for `migrate` with `engine: "js"` (no native schema engine
 * can be downloaded on our machines; see docs/decisions/0001-prisma-javascript-engines.md).
 *
 * It works around two upstream defects of @prisma/adapter-pg 6.19.3's migration path. Delete this file and use
 * `new PrismaPg(...)` directly once upstream fixes them:
 *  a. The schema engine's catalog queries return PostgreSQL `"char"` (oid 18) and `name` (oid 19) columns, which
 *     the adapter rejects ("Column type 'name' could not be deserialized"). We report them as text (oid 25).
 *  b. `connectToShadowDb` drops the shadow database before closing the pool that uses it ("database ... is being
 *     accessed by other users"), and a connectionString would override the database it swaps in. We pass discrete
 *     connection fields and close the shadow connection before dropping the database.
 */
import { PrismaPg } from '@prisma/adapter-pg';
import pg from 'pg';

const PG_CHAR_OID = 18;
const PG_NAME_OID = 19;
const PG_TEXT_OID = 25;

function retypeCatalogFields(result: pg.QueryResult | undefined): void {
  for (const field of result?.fields ?? []) {
    if (field.dataTypeID === PG_CHAR_OID || field.dataTypeID === PG_NAME_OID) field.dataTypeID = PG_TEXT_OID;
  }
}

/** A pg Client whose results report `"char"` and `name` columns as text. */
class CatalogFriendlyClient extends pg.Client {
  // pg's query has many overloads (promise and callback forms); both paths are patched.
  override query(...args: unknown[]): never {
    const last = args[args.length - 1];
    if (typeof last === 'function') {
      const callback = last as (err: Error | null, result?: pg.QueryResult) => void;
      args[args.length - 1] = (err: Error | null, result?: pg.QueryResult) => {
        retypeCatalogFields(result);
        callback(err, result);
      };
      return (super.query as (...a: unknown[]) => never)(...args);
    }
    const pending = (super.query as (...a: unknown[]) => unknown)(...args);
    if (pending && typeof (pending as Promise<pg.QueryResult>).then === 'function') {
      return (pending as Promise<pg.QueryResult>).then((result) => {
        retypeCatalogFields(result);
        return result;
      }) as never;
    }
    return pending as never;
  }
}

function connectionFields(connectionString: string): pg.PoolConfig {
  const url = new URL(connectionString);
  return {
    host: url.hostname,
    port: Number(url.port || 5432),
    user: decodeURIComponent(url.username),
    password: decodeURIComponent(url.password),
    database: decodeURIComponent(url.pathname.replace(/^\//, '')),
    Client: CatalogFriendlyClient as unknown as typeof pg.Client,
  };
}

class MigrationPgFactory extends PrismaPg {
  constructor(private readonly fields: pg.PoolConfig) {
    super(fields);
  }

  override async connectToShadowDb() {
    const admin = await this.connect();
    const database = `prisma_migrate_shadow_db_${globalThis.crypto.randomUUID().replaceAll('-', '')}`;
    await admin.executeScript(`CREATE DATABASE "${database}"`);
    const shadow = await new PrismaPg({ ...this.fields, database }).connect();
    const dispose = shadow.dispose.bind(shadow);
    shadow.dispose = async () => {
      await dispose();
      await admin.executeScript(`DROP DATABASE IF EXISTS "${database}"`);
      await admin.dispose();
    };
    return shadow;
  }
}

export function migrationAdapterFactory(connectionString: string): PrismaPg {
  return new MigrationPgFactory(connectionFields(connectionString));
}
