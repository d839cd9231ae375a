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
 * both apps start on the clone with the same `env`.
 *
 * Sign in on `b` and use the session on either. Unlike real replicas, the two share one process, and Passport keeps
 * its strategies process-wide: the one `b` registered last verifies tokens for both apps, with `b`'s JWT secret
 * (test-app gives each app its own), so a token `a` issued is refused everywhere.
 */
export async function startReplicas(env: Record<string, string> = {}): Promise<Replicas> {
  const a = await createTestApp(env);
  let b: TestApp;
  try {
    b = await createTestApp(env, { databaseUrl: a.databaseUrl });
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
