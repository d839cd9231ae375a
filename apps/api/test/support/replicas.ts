import { randomBytes } from 'node:crypto';
import { createTestApp, type TestApp } from './test-app.js';

export interface Replicas {
  /** Two complete API processes' worth of app (own pools, caches, job workers) on one database. */
  a: TestApp;
  b: TestApp;
  /** The database both use: one clone of the template. */
  databaseUrl: string;
  close(): Promise<void>;
}

/**
 * Two API instances on one PostgreSQL, as N replicas behind a load balancer run: the template is cloned once and
 * both apps start on the clone with the same `env` and, as real replicas must, the same JWT secret, so a session
 * signed in on one is good on the other. (Unlike real replicas the two share one process, and Passport keeps its
 * strategies process-wide; with one secret that makes no difference.)
 */
export async function startReplicas(env: Record<string, string> = {}): Promise<Replicas> {
  const jwtSecret = randomBytes(32).toString('hex');
  const a = await createTestApp(env, { jwtSecret });
  let b: TestApp;
  try {
    b = await createTestApp(env, { databaseUrl: a.databaseUrl, jwtSecret });
  } catch (error) {
    await a.close();
    throw error;
  }
  return {
    a,
    b,
    databaseUrl: a.databaseUrl,
    close: async () => {
      await Promise.allSettled([a.close(), b.close()]);
    },
  };
}
