import type { AppConfig } from './app-config.js';

/** What the running app needs, resolved at start: validated environment plus the secrets and database it settled on. */
export class RuntimeConfig {
  constructor(
    readonly env: AppConfig,
    readonly databaseUrl: string,
    readonly jwtSecret: string,
    readonly fieldEncryptionKey: Buffer,
    readonly dataDir: string,
  ) {}

  get isProduction(): boolean {
    return this.env.NODE_ENV === 'production';
  }
}
