import { createHash, randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import pg from 'pg';
import { inject } from 'vitest';
import { loadConfig } from '../../src/core/config/app-config.js';
import { RuntimeConfig } from '../../src/core/config/runtime-config.js';
import { PrismaService } from '../../src/core/prisma/prisma.service.js';
import { createApp } from '../../src/create-app.js';

const TEMPLATE_DATABASE = 'pos_template';
/**
 * One field-encryption key for every test app: the database records which key wrote it and refuses another, so a
 * second app on the same database (a restart) must come with the same key.
 */
const TEST_FIELD_ENCRYPTION_KEY = createHash('sha256').update('pos-portal integration tests').digest();

export interface TestApp {
  app: NestFastifyApplication;
  prisma: PrismaService;
  /** This app's private data directory (stored files live under files/). */
  dataDir: string;
  /** The app's private database; pass it to `createTestApp` again to start a second app on the same data (a restart). */
  databaseUrl: string;
  close(): Promise<void>;
}

async function cloneTemplate(): Promise<string> {
  const serverUrl = inject('pgServerUrl');
  const name = `test_${randomBytes(6).toString('hex')}`;
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(`CREATE DATABASE "${name}" TEMPLATE "${TEMPLATE_DATABASE}"`);
  } finally {
    await client.end();
  }
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

/** The whole application on a private clone of the seeded template database. Use `app.inject` for requests. */
export async function createTestApp(env: Record<string, string> = {}, existing: { databaseUrl?: string; jwtSecret?: string } = {}): Promise<TestApp> {
  const databaseUrl = existing.databaseUrl ?? (await cloneTemplate());
  const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', AUTH_RATE_LIMIT_PER_MINUTE: '1000', ...env });
  const dataDir = mkdtempSync(join(tmpdir(), 'pos-test-data-'));
  const runtime = new RuntimeConfig(config, databaseUrl, existing.jwtSecret ?? randomBytes(32).toString('hex'), TEST_FIELD_ENCRYPTION_KEY, dataDir);
  const app = await createApp(runtime);
  await app.getHttpAdapter().getInstance().ready();
  return {
    app,
    prisma: app.get(PrismaService),
    dataDir,
    databaseUrl,
    close: async () => {
      await app.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
