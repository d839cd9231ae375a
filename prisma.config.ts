// Prisma CLI configuration. Nothing runs Prisma's native engines here: the query compiler is WebAssembly and
// migrations run through the driver adapter. Without these paths set, the CLI would try to download the engines.
process.env.PRISMA_QUERY_ENGINE_LIBRARY ??= '/dev/null';
process.env.PRISMA_SCHEMA_ENGINE_BINARY ??= '/dev/null';

import { defineConfig } from 'prisma/config';
import { migrationAdapterFactory } from './prisma/migration-adapter.ts';

export default defineConfig({
  schema: 'prisma/schema.prisma',
  migrations: { path: 'prisma/migrations' },
  experimental: { adapter: true },
  engine: 'js',
  async adapter() {
    const url = process.env.DATABASE_URL;
    if (!url) throw new Error('DATABASE_URL must be set for Prisma migrate commands (npm start sets it for the embedded database).');
    return migrationAdapterFactory(url);
  },
});
