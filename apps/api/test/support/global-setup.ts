import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer } from 'node:net';
import type { TestProject } from 'vitest/node';
import { PasswordHasher } from '../../src/core/auth/password-hasher.js';
import { startEmbeddedPostgres } from '../../src/core/database/embedded-postgres.js';
import { applyMigrations } from '../../src/core/database/migrate.js';
import { PrismaClient } from '../../src/generated/prisma/client.js';
import { PrismaPg } from '@prisma/adapter-pg';
import type { PrismaService } from '../../src/core/prisma/prisma.service.js';
import { seedDemoData } from '../../src/seed/demo-seed.js';

export const TEMPLATE_DATABASE = 'pos_template';

declare module 'vitest' {
  export interface ProvidedContext {
    /** URL of the test PostgreSQL server's maintenance database, or of the external server given by TEST_DATABASE_URL. */
    pgServerUrl: string;
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

/**
 * Starts one real PostgreSQL for the whole run, migrates and seeds a template database once; each test file then
 * clones the template (CREATE DATABASE ... TEMPLATE), so files run in parallel on isolated data.
 */
export default async function setup(project: TestProject) {
  try {
    return await startDatabase(project);
  } catch (error) {
    // Fail loudly and at once: a run without its database must never look like a run that found nothing wrong.
    process.stderr.write(`Global test setup failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(1);
  }
}

async function startDatabase(project: TestProject) {
  const directory = mkdtempSync(join(tmpdir(), 'pos-test-pg-'));
  const server = await startEmbeddedPostgres({ directory, port: await freePort(), password: 'test', persistent: false });
  await server.createDatabase(TEMPLATE_DATABASE);
  const templateUrl = server.urlFor(TEMPLATE_DATABASE);
  await applyMigrations(templateUrl);

  const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: templateUrl }) });
  await seedDemoData(prisma as unknown as PrismaService, new PasswordHasher());
  await prisma.$disconnect();

  project.provide('pgServerUrl', server.serverUrl);
  return async () => {
    await server.stop();
    rmSync(directory, { recursive: true, force: true });
  };
}
