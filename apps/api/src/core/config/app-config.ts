import { plainToInstance, Transform } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Matches, Max, Min, MinLength, validateSync } from 'class-validator';

const toInt = ({ value }: { value: unknown }) => (value === undefined || value === '' ? undefined : Number(value));

/**
 * Everything the API reads from the environment, validated once at start. A bad value stops the process with
 * one clear line per problem instead of failing later in some request.
 */
export class AppConfig {
  @IsIn(['development', 'production', 'test'])
  NODE_ENV: 'development' | 'production' | 'test' = 'development';

  @Transform(toInt)
  @IsInt()
  @Min(0)
  @Max(65535)
  PORT = 3000;

  @IsString()
  HOST = '127.0.0.1';

  /** An external PostgreSQL server; when absent, an embedded PostgreSQL runs under DATA_DIR/postgres. */
  @IsOptional()
  @Matches(/^postgres(ql)?:\/\/.+/, { message: 'DATABASE_URL must be a postgresql:// URL' })
  DATABASE_URL?: string;

  /** Where the embedded database, uploaded files and generated PDFs live. */
  @IsString()
  DATA_DIR = './.data';

  @Transform(toInt)
  @IsInt()
  @Min(1024)
  @Max(65535)
  EMBEDDED_PG_PORT = 54320;

  /**
   * Apply pending migrations at start (replicas starting together wait for each other). `false` when migrations run
   * as their own release step (`npm run db:migrate:deploy`): the start then only checks none is pending.
   */
  @IsIn(['true', 'false'])
  MIGRATE_ON_START: 'true' | 'false' = 'true';

  /**
   * Signs access tokens. Generated and kept under DATA_DIR when not set, so development needs no setup; required
   * with DATABASE_URL (see `secretsRequiredWithExternalDatabase`).
   */
  @IsOptional()
  @IsString()
  @MinLength(32, { message: 'JWT_SECRET must be at least 32 characters' })
  JWT_SECRET?: string;

  /**
   * Base64 of 32 random bytes: encrypts ID and account numbers at rest. Generated under DATA_DIR when not set;
   * required with DATABASE_URL.
   */
  @IsOptional()
  @Matches(/^[A-Za-z0-9+/]{43}=$/, { message: 'FIELD_ENCRYPTION_KEY must be 32 bytes in base64 (44 characters)' })
  FIELD_ENCRYPTION_KEY?: string;

  @Transform(toInt)
  @IsInt()
  @Min(60)
  @Max(3600)
  ACCESS_TOKEN_TTL_SECONDS = 900;

  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(90)
  REFRESH_TOKEN_TTL_DAYS = 14;

  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(20)
  LOGIN_MAX_FAILURES = 5;

  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(1440)
  LOGIN_LOCK_MINUTES = 15;

  /** Requests per minute per client address on each sign-in endpoint (login, register, refresh). */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  AUTH_RATE_LIMIT_PER_MINUTE = 20;

  /** Requests per minute per client address on every other endpoint. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  RATE_LIMIT_PER_MINUTE = 600;

  /**
   * Where files live: `file:///absolute/folder` (default: DATA_DIR/files) or `s3://bucket/optional/prefix` for an
   * S3-compatible object store shared by several replicas (MinIO, Aliyun OSS, Tencent COS, AWS S3).
   */
  @IsOptional()
  @Matches(/^(file:\/\/\/.+|s3:\/\/[a-z0-9][a-z0-9.-]{1,61}[a-z0-9](\/.*)?)$/, { message: 'STORAGE_URL must be file:///absolute/path or s3://bucket[/prefix]' })
  STORAGE_URL?: string;

  /** The S3 endpoint, e.g. https://oss-cn-hangzhou.aliyuncs.com or http://127.0.0.1:9000 (MinIO); AWS when absent. */
  @IsOptional()
  @Matches(/^https?:\/\/.+/, { message: 'S3_ENDPOINT must be an http:// or https:// URL' })
  S3_ENDPOINT?: string;

  @IsString()
  S3_REGION = 'us-east-1';

  /** Credentials of the bucket; without them the AWS SDK's default chain (AWS_ACCESS_KEY_ID, instance roles) applies. */
  @IsOptional()
  @IsString()
  S3_ACCESS_KEY_ID?: string;

  @IsOptional()
  @IsString()
  S3_SECRET_ACCESS_KEY?: string;

  /** `true` for MinIO and most self-hosted servers (bucket in the path rather than in the host name). */
  @IsIn(['true', 'false'])
  S3_FORCE_PATH_STYLE: 'true' | 'false' = 'false';

  /** Largest accepted upload, in bytes (10 MB by default); larger files get a 413. */
  @Transform(toInt)
  @IsInt()
  @Min(1024)
  @Max(100 * 1024 * 1024)
  MAX_UPLOAD_BYTES = 10 * 1024 * 1024;

  /**
   * Trust X-Forwarded-For from a reverse proxy. Off by default: a client talking to the app directly could
   * otherwise claim any address and slip past the per-address rate limits. Turn on only behind a proxy.
   */
  @IsIn(['true', 'false'])
  TRUST_PROXY: 'true' | 'false' = 'false';

  /** Seed demo providers and accounts into an empty database. */
  @IsIn(['true', 'false'])
  SEED_DEMO: 'true' | 'false' = 'true';

  @IsIn(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
  LOG_LEVEL = 'info';

  /**
   * SMTP server for outgoing email, e.g. smtp://user:pass@mail.example.com:587. Without one, emails are kept in
   * the outbox and shown in the platform admin's development mailbox instead of being sent.
   */
  @IsOptional()
  @Matches(/^smtps?:\/\/.+/, { message: 'SMTP_URL must be an smtp:// or smtps:// URL' })
  SMTP_URL?: string;

  /** Sender address of outgoing email. */
  @IsString()
  MAIL_FROM = 'POS 商户服务平台 <no-reply@pos-portal.example>';

  /** First retry delay of a failed email or webhook delivery, in seconds; each retry waits about twice as long. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(3600)
  DELIVERY_RETRY_DELAY_SECONDS = 30;

  /**
   * Hosts (names or addresses, comma-separated) that webhooks may reach although they resolve to loopback, link-local
   * or private addresses: the platform operator's explicit exception, e.g. a provider's gateway on a private link.
   * A platform admin can also allow a single endpoint from the console.
   */
  @IsString()
  WEBHOOK_PRIVATE_HOSTS = '';

  /**
   * The portal's address as people reach it, for links in emails (invitations). Configured rather than taken from
   * the request's Host header, which a caller controls and could point at their own site.
   * Defaults to http://localhost:PORT.
   */
  @IsOptional()
  @Matches(/^https?:\/\/[^\s/]+(\/[^\s]*)?$/, { message: 'PUBLIC_URL must be an http:// or https:// URL' })
  PUBLIC_URL?: string;

  /** Built web app to serve on the same port; empty to serve the API only. */
  @IsOptional()
  @IsString()
  WEB_DIST_DIR?: string;
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const known = Object.keys(new AppConfig());
  const raw: Record<string, unknown> = {};
  for (const key of [...known, 'DATABASE_URL', 'JWT_SECRET', 'FIELD_ENCRYPTION_KEY', 'WEB_DIST_DIR', 'SMTP_URL', 'PUBLIC_URL', 'STORAGE_URL', 'S3_ENDPOINT', 'S3_ACCESS_KEY_ID', 'S3_SECRET_ACCESS_KEY']) {
    if (env[key] !== undefined && env[key] !== '') raw[key] = env[key];
  }
  const config = plainToInstance(AppConfig, raw, { exposeDefaultValues: true });
  const errors = validateSync(config, { whitelist: true });
  const problems = [
    ...errors.flatMap((e) =>
      Object.values(e.constraints ?? {}).map((message) => `${e.property}=${JSON.stringify(raw[e.property])}: ${message}`),
    ),
    ...secretsRequiredWithExternalDatabase(config),
  ];
  if (problems.length > 0) throw new ConfigError(problems);
  return config;
}

/**
 * An external database is how the portal runs on more than one machine. Secrets generated under DATA_DIR would then
 * differ per replica: a token signed by one would be refused by the next, and fields encrypted by one unreadable by
 * the others. So with DATABASE_URL they must be given, the same to every replica.
 */
function secretsRequiredWithExternalDatabase(config: AppConfig): string[] {
  if (config.DATABASE_URL === undefined) return [];
  const problems: string[] = [];
  if (config.JWT_SECRET === undefined) {
    problems.push('JWT_SECRET must be set when DATABASE_URL is: every replica signs and checks tokens with the same secret');
  }
  if (config.FIELD_ENCRYPTION_KEY === undefined) {
    problems.push('FIELD_ENCRYPTION_KEY must be set when DATABASE_URL is: every replica must read the fields the others encrypted');
  }
  return problems;
}
