// Starts the portal for the browser journeys exactly as the README's `npm start` does after its build step
// (`node apps/api/dist/main.js`: the same built API and web app, the same entry point, migrations and demo seed),
// only on a fresh data directory, so every run begins from the demo seed. `npm run test:e2e` runs the same build
// (`nx run-many -t build --projects=api,web`) first. The environment playwright.config.ts passes differs from a
// plain `npm start` only where a test run must: its own port, data directory and embedded PostgreSQL port, quieter
// logs, and a sign-in rate limit that allows every journey's sign-ins from the one test address.
import { existsSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';

for (const built of ['apps/api/dist/main.js', process.env.WEB_DIST_DIR ? `${process.env.WEB_DIST_DIR}/index.html` : 'apps/web/dist/index.html']) {
  if (!existsSync(resolve(built))) {
    process.stderr.write(`e2e: ${built} is missing; build first (npm run test:e2e does: nx run-many -t build --projects=api,web)\n`);
    process.exit(1);
  }
}
rmSync(resolve(process.env.DATA_DIR ?? '.data/e2e'), { recursive: true, force: true });
// Importing the entry point runs it in this process, as `node apps/api/dist/main.js` would.
await import('../apps/api/dist/main.js');
