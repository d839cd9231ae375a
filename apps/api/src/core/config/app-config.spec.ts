import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './app-config.js';

describe('loadConfig', () => {
  it('applies defaults when the environment is empty', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({ PORT: 3000, HOST: '127.0.0.1', DATA_DIR: './.data', ACCESS_TOKEN_TTL_SECONDS: 900, LOGIN_MAX_FAILURES: 5 });
    expect(config.DATABASE_URL).toBeUndefined();
  });

  it('reads and converts values', () => {
    expect(loadConfig({ PORT: '8080', DATABASE_URL: 'postgresql://u:p@db:5432/pos' })).toMatchObject({ PORT: 8080, DATABASE_URL: 'postgresql://u:p@db:5432/pos' });
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
