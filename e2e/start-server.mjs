// Starts the built portal on a fresh data directory, so every end-to-end run begins from the demo seed.
import { rmSync } from 'node:fs';
import { resolve } from 'node:path';

rmSync(resolve(process.env.DATA_DIR ?? '.data/e2e'), { recursive: true, force: true });
await import('../apps/api/dist/main.js');
