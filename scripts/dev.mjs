// `npm run dev`: the embedded database stays up while the API recompiles and restarts on change, and Vite serves
// the web app with hot reload on http://127.0.0.1:5173 (proxying /api to the API on :3000).
import { spawn, spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { startLocalDatabase } from './local-db.mjs';

const root = resolve(import.meta.dirname, '..');
const bin = (name) => resolve(root, 'node_modules/.bin', name);

const built = spawnSync(bin('nx'), ['run-many', '-t', 'build', '--projects=shared,api'], { cwd: root, stdio: 'inherit' });
if (built.status !== 0) process.exit(built.status ?? 1);

const database = await startLocalDatabase();
const env = { ...database.secrets, ...process.env, DATABASE_URL: database.url, NODE_ENV: 'development' };
const children = [
  spawn(bin('tsc'), ['-w', '--preserveWatchOutput', '-p', 'apps/api/tsconfig.build.json'], { cwd: root, stdio: 'inherit' }),
  spawn(process.execPath, ['--watch-path=apps/api/dist', '--watch-preserve-output', 'apps/api/dist/main.js'], { cwd: root, stdio: 'inherit', env }),
  spawn(bin('vite'), ['--host', '127.0.0.1'], { cwd: resolve(root, 'apps/web'), stdio: 'inherit', env }),
];

let stopping = false;
async function stop() {
  if (stopping) return;
  stopping = true;
  for (const child of children) child.kill('SIGTERM');
  await database.stop();
  process.exit(0);
}
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
for (const child of children) child.on('exit', (code) => code && code !== 0 && !stopping && console.error(`a dev process exited with ${code}`));
