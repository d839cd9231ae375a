/**
 * Text a user searches for, made literal inside a LIKE/ILIKE pattern: `%`, `_` and the escape character `\` itself
 * (PostgreSQL's default escape) lose their wildcard meaning. Prisma's `contains`/`startsWith` filters do not do
 * this, so a search for "100%" or "a_b" would otherwise match far more than it says.
 */
export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}
