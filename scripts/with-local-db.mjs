// Runs a command with DATABASE_URL pointing at the local embedded database, e.g.
//   npm run db:migrate -- --name add_ticket_sla_pause
import { spawn } from 'node:child_process';
import { startLocalDatabase } from './local-db.mjs';

const [command, ...args] = process.argv.slice(2);
if (!command) {
  console.error('usage: node scripts/with-local-db.mjs <command> [args...]');
  process.exit(2);
}
const database = await startLocalDatabase();
const child = spawn(command, args, { stdio: 'inherit', env: { ...process.env, DATABASE_URL: database.url } });
const code = await new Promise((done) => child.on('exit', (status) => done(status ?? 1)));
await database.stop();
process.exit(code);
