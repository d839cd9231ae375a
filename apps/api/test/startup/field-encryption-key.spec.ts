import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/core/config/app-config.js';
import { RuntimeConfig } from '../../src/core/config/runtime-config.js';
import { FieldEncryptionKeyCheck } from '../../src/core/crypto/key-check.service.js';
import { createApp } from '../../src/create-app.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

const CHECK_VALUE_KEY = 'fieldEncryption.checkValue';

/** createTestApp with a field-encryption key of the test's choosing (createTestApp uses one fixed test key). */
async function startWithKey(databaseUrl: string, key: Buffer) {
  const dataDir = mkdtempSync(join(tmpdir(), 'pos-test-data-'));
  try {
    const runtime = new RuntimeConfig(loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent' }), databaseUrl, randomBytes(32).toString('hex'), key, dataDir);
    return await createApp(runtime);
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}

async function storedCheckValues(databaseUrl: string): Promise<string[]> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ value: string }>('SELECT value FROM "SystemSetting" WHERE key = $1', [CHECK_VALUE_KEY]);
    return rows.map((row) => row.value);
  } finally {
    await client.end();
  }
}

describe(FieldEncryptionKeyCheck.name, () => {
  const apps: TestApp[] = [];
  afterEach(async () => {
    for (const app of apps.splice(0)) await app.close();
  });

  it('records a check value of the key at the first start, not the key', async () => {
    const first = await createTestApp();
    apps.push(first);

    const values = await storedCheckValues(first.databaseUrl);

    expect(values).toHaveLength(1);
    expect(values[0]).toMatch(/^v1:[A-Za-z0-9_-]{43}$/);
  });

  it('refuses to start on a database written with another FIELD_ENCRYPTION_KEY', async () => {
    const first = await createTestApp();
    const { databaseUrl } = first;
    await first.close();

    const failure = await startWithKey(databaseUrl, randomBytes(32)).then(
      (app) => app.close().then(() => undefined),
      (error: unknown) => error,
    );

    expect(failure).toBeInstanceOf(Error);
    expect((failure as Error).message).toMatch(/^FIELD_ENCRYPTION_KEY differs from the key this database was written with/);
  });

  it('starts again on the same database with the same key', async () => {
    const first = await createTestApp();
    const { databaseUrl } = first;
    await first.close();

    const second = await createTestApp({}, { databaseUrl });
    apps.push(second);

    expect((await second.app.inject({ method: 'GET', url: '/api/health' })).statusCode).toBe(200);
    expect(await storedCheckValues(databaseUrl)).toHaveLength(1);
  });
});
