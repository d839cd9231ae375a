import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** The repository root: the folder that holds prisma.config.ts, found upward from this file. */
export function repositoryRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'prisma.config.ts'))) {
    const parent = resolve(dir, '..');
    if (parent === dir) throw new Error('prisma.config.ts not found above ' + fileURLToPath(import.meta.url));
    dir = parent;
  }
  return dir;
}

/**
 * Applies pending migrations with Prisma's own `migrate deploy` (JavaScript migration engine, see
 * prisma.config.ts), so the app, the tests and an operator all use the one supported path.
 */
export async function applyMigrations(databaseUrl: string): Promise<string> {
  const root = repositoryRoot();
  const prismaCli = createRequire(join(root, 'package.json')).resolve('prisma/build/index.js');
  const { stdout } = await run(process.execPath, [prismaCli, 'migrate', 'deploy'], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: databaseUrl, PRISMA_HIDE_UPDATE_MESSAGE: '1' },
    maxBuffer: 10 * 1024 * 1024,
  });
  return stdout;
}
