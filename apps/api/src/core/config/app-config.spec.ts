import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './app-config.js';

const SECRETS = { JWT_SECRET: 'x'.repeat(32), FIELD_ENCRYPTION_KEY: Buffer.alloc(32, 7).toString('base64') };

describe('loadConfig', () => {
  it('applies defaults when the environment is empty', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({ PORT: 3000, HOST: '127.0.0.1', DATA_DIR: './.data', ACCESS_TOKEN_TTL_SECONDS: 900, LOGIN_MAX_FAILURES: 5 });
    expect(config.DATABASE_URL).toBeUndefined();
  });

  it('reads and converts values', () => {
    expect(loadConfig({ PORT: '8080', DATABASE_URL: 'postgresql://u:p@db:5432/pos', ...SECRETS })).toMatchObject({ PORT: 8080, DATABASE_URL: 'postgresql://u:p@db:5432/pos' });
  });

  it('refuses DATABASE_URL without JWT_SECRET and FIELD_ENCRYPTION_KEY, one line for each', () => {
    try {
      loadConfig({ DATABASE_URL: 'postgresql://u:p@db:5432/pos' });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      const { problems } = error as ConfigError;
      expect(problems).toHaveLength(2);
      expect(problems[0]).toMatch(/^JWT_SECRET must be set when DATABASE_URL is/);
      expect(problems[1]).toMatch(/^FIELD_ENCRYPTION_KEY must be set when DATABASE_URL is/);
    }
    expect(() => loadConfig({ DATABASE_URL: 'postgresql://u:p@db:5432/pos', JWT_SECRET: SECRETS.JWT_SECRET })).toThrow(/FIELD_ENCRYPTION_KEY must be set/);
    expect(() => loadConfig({ DATABASE_URL: 'postgresql://u:p@db:5432/pos', FIELD_ENCRYPTION_KEY: SECRETS.FIELD_ENCRYPTION_KEY })).toThrow(/JWT_SECRET must be set/);
  });

  it('migrates at start unless MIGRATE_ON_START is false', () => {
    expect(loadConfig({}).MIGRATE_ON_START).toBe('true');
    expect(loadConfig({ MIGRATE_ON_START: 'false' }).MIGRATE_ON_START).toBe('false');
    expect(() => loadConfig({ MIGRATE_ON_START: 'no' })).toThrow(/MIGRATE_ON_START="no"/);
  });

  it('lets the embedded database generate its secrets under DATA_DIR', () => {
    expect(() => loadConfig({ DATA_DIR: '/srv/pos' })).not.toThrow();
  });

  it('names every bad value in one error', () => {
    try {
      loadConfig({ PORT: 'eighty', DATABASE_URL: 'mysql://x', JWT_SECRET: 'short', NODE_ENV: 'staging' });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      const problems = (error as ConfigError).problems.join('\n');
      expect(problems).toMatch(/PORT="?eighty"?/);
      expect(problems).toMatch(/DATABASE_URL must be a postgresql:\/\/ URL/);
      expect(problems).toMatch(/JWT_SECRET must be at least 32 characters/);
      expect(problems).toMatch(/NODE_ENV/);
    }
  });
});
