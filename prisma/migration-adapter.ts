/**
 * The driver-adapter factory that Prisma's CLI uses for `migrate` with `engine: "js"` (no native schema engine
 * can be downloaded on our machines; see docs/decisions/0001-prisma-javascript-engines.md).
 *
 * It works around upstream defects of @prisma/adapter-pg 6.19.3's migration path. Delete this file and use
 * `new PrismaPg(...)` directly once upstream fixes them:
 *  a. The schema engine's catalog queries return PostgreSQL `name` (oid 19) and `"char"` (oid 18) columns, which
 *     the adapter rejects ("Column type 'name' could not be deserialized"). `name` is reported as text. `"char"`
 *     must reach the engine as a Character column: the engine reads `pg_constraint.contype` as a char and hits a
 *     WebAssembly `unreachable` when it gets text, as soon as the database has a CHECK constraint (or, on
 *     PostgreSQL 18, any NOT NULL column).
 *  b. `connectToShadowDb` drops the shadow database before closing the pool that uses it ("database ... is being
 *     accessed by other users"), and a connectionString would override the database it swaps in. We pass discrete
 *     connection fields and close the shadow connection before dropping the database.
 */
import { PrismaPg } from '@prisma/adapter-pg';
import type pg from 'pg';

const PG_CHAR_OID = 18;
const PG_NAME_OID = 19;
const PG_TEXT_OID = 25;
/** ColumnTypeEnum.Character of @prisma/driver-adapter-utils. */
const COLUMN_TYPE_CHARACTER = 6;
/** Appended to a `"char"` column's name between performIO and queryRaw, so queryRaw can retype it. */
const CHAR_MARK = '\u0000pg-char';

type Adapter = Awaited<ReturnType<PrismaPg['connect']>>;
type RawResult = { columnNames: string[]; columnTypes: number[]; rows: unknown[][] };

/** Retypes catalog columns on one adapter (instance-level overrides of the methods the adapter calls on itself). */
function retypeCatalogColumns(adapter: Adapter): Adapter {
  const target = adapter as unknown as {
    performIO(query: unknown): Promise<pg.QueryResult>;
    queryRaw(query: unknown): Promise<RawResult>;
  };
  const performIO = target.performIO.bind(adapter);
  const queryRaw = target.queryRaw.bind(adapter);
  target.performIO = async (query) => {
    const result = await performIO(query);
    for (const field of result?.fields ?? []) {
      if (field.dataTypeID === PG_NAME_OID) field.dataTypeID = PG_TEXT_OID;
      if (field.dataTypeID === PG_CHAR_OID) {
        field.dataTypeID = PG_TEXT_OID;
        field.name += CHAR_MARK;
      }
    }
    return result;
  };
  target.queryRaw = async (query) => {
    const result = await queryRaw(query);
    result.columnNames.forEach((name, index) => {
      if (!name.endsWith(CHAR_MARK)) return;
      result.columnNames[index] = name.slice(0, -CHAR_MARK.length);
      result.columnTypes[index] = COLUMN_TYPE_CHARACTER;
    });
    return result;
  };
  return adapter;
}

function connectionFields(connectionString: string): pg.PoolConfig {
  const url = new URL(connectionString);
  return {
    host: url.hostname,
    port: Number(url.port || 5432),
    user: decodeURIComponent(url.username),
    password: decodeURIComponent(url.password),
    database: decodeURIComponent(url.pathname.replace(/^\//, '')),
  };
}

class MigrationPgFactory extends PrismaPg {
  constructor(private readonly fields: pg.PoolConfig) {
    super(fields);
  }

  override async connect() {
    return retypeCatalogColumns(await super.connect());
  }

  override async connectToShadowDb() {
    const admin = await super.connect();
    const database = `prisma_migrate_shadow_db_${globalThis.crypto.randomUUID().replaceAll('-', '')}`;
    await admin.executeScript(`CREATE DATABASE "${database}"`);
    const shadow = await new MigrationPgFactory({ ...this.fields, database }).connect();
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
