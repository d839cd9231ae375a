import 'reflect-metadata';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ROLES } from '@pos/shared';
import { createApp } from './create-app.js';
import { PasswordHasher } from './core/auth/password-hasher.js';
import { ConfigError, loadConfig } from './core/config/app-config.js';
import { RuntimeConfig } from './core/config/runtime-config.js';
import { prepareDatabase } from './core/database/database-setup.js';
import { describeFailure } from './core/errors/describe-failure.js';
import { loadOrCreateLocalSecrets } from './core/database/local-secrets.js';
import { repositoryRoot } from './core/database/migrate.js';
import { PrismaService } from './core/prisma/prisma.service.js';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from './seed/demo-data.js';
import { seedDemoData } from './seed/demo-seed.js';

const say = (message: string) => process.stdout.write(`${message}\n`);

async function main(): Promise<void> {
  let env;
  try {
    env = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(1);
    }
    throw error;
  }

  const dataDir = resolve(env.DATA_DIR);
  const secrets = loadOrCreateLocalSecrets(dataDir);
  const database = await prepareDatabase(env, secrets.databasePassword, say);
  const runtime = new RuntimeConfig(
    env,
    database.url,
    env.JWT_SECRET ?? secrets.jwtSecret,
    Buffer.from(env.FIELD_ENCRYPTION_KEY ?? secrets.fieldEncryptionKey, 'base64'),
    dataDir,
  );

  const webDistDir = env.WEB_DIST_DIR ? resolve(env.WEB_DIST_DIR) : join(repositoryRoot(), 'apps/web/dist');
  const app = await createApp(runtime, { webDistDir });
  if (env.SEED_DEMO === 'true' && (await seedDemoData(app.get(PrismaService), app.get(PasswordHasher)))) {
    say('Seeded demo providers and accounts');
  }

  // Signals are handled here, not by Nest's shutdown hooks: the app (and with it the job queue's connections) must be
  // closed before the embedded PostgreSQL stops, and two handlers would race to do both.
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    say(`${signal}: shutting down`);
    await app.close();
    await database.embedded?.stop();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));

  await app.listen({ port: env.PORT, host: env.HOST });
  const url = `http://${env.HOST === '0.0.0.0' ? '127.0.0.1' : env.HOST}:${env.PORT}`;
  say('');
  say(`POS merchant portal is running at ${url}  (API docs: ${url}/api/docs)`);
  if (!existsSync(join(webDistDir, 'index.html'))) say(`  (web app not built: ${webDistDir} has no index.html; run npm run build)`);
  if (env.SEED_DEMO === 'true') {
    say(`Demo accounts (password for all: ${DEMO_PASSWORD}):`);
    for (const role of ROLES) {
      for (const account of DEMO_ACCOUNTS.filter((a) => a.role === role)) say(`  ${role.padEnd(15)} ${account.loginName.padEnd(32)} ${account.displayName}`);
    }
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`Failed to start: ${describeFailure(error)}\n`);
  process.exit(1);
});
