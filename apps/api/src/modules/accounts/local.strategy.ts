import { type ExecutionContext, Injectable } from '@nestjs/common';
import { AuthGuard, PassportStrategy } from '@nestjs/passport';
import { ErrorCode, localeFromAcceptLanguage } from '@pos/shared';
import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import type { FastifyRequest } from 'fastify';
import { Strategy } from 'passport-local';
import { DomainError } from '../../core/errors/domain-error.js';
import { toFieldErrors } from '../../core/validation/validation-pipe.js';
import { AuthService } from './auth.service.js';
import { LoginDto } from './dto/login.dto.js';

/** passport-local: login name + password → the user, or a DomainError saying why not. */
@Injectable()
export class LocalStrategy extends PassportStrategy(Strategy, 'local') {
  constructor(private readonly auth: AuthService) {
    super({ usernameField: 'loginName', passwordField: 'password', passReqToCallback: true, session: false });
  }

  validate(request: FastifyRequest, loginName: string, password: string) {
    return this.auth.validateCredentials(loginName, password, localeFromAcceptLanguage(request.headers['accept-language']), request.ip);
  }
}

/**
 * Guards run before pipes, so the login body is validated here first: a malformed body is a 400 with field
 * errors, not a 401 from passport's "missing credentials".
 */
@Injectable()
export class LocalAuthGuard extends AuthGuard('local') {
  override async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<FastifyRequest>();
    const dto = plainToInstance(LoginDto, request.body ?? {});
    const errors = await validate(dto, { whitelist: true, forbidNonWhitelisted: true });
    if (errors.length > 0) throw new DomainError(ErrorCode.VALIDATION_FAILED, { fields: toFieldErrors(errors) });
    request.body = dto;
    return (await super.canActivate(context)) as boolean;
  }

  override handleRequest<TUser>(err: unknown, user: TUser | false): TUser {
    if (err) throw err;
    if (!user) throw new DomainError(ErrorCode.INVALID_CREDENTIALS);
    return user;
  }
}
