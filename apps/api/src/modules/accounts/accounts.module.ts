import { Module } from '@nestjs/common';
import { JwtModule } from '@nestjs/jwt';
import { PassportModule } from '@nestjs/passport';
import { AccountCheckRepository } from '../../core/auth/account-check.repository.js';
import { JwtStrategy } from '../../core/auth/jwt.strategy.js';
import { PasswordHasher } from '../../core/auth/password-hasher.js';
import { RuntimeConfig } from '../../core/config/runtime-config.js';
import { AccountsService } from './accounts.service.js';
import { AuthController, MeController } from './auth.controller.js';
import { AuthService } from './auth.service.js';
import { Invitations } from './invitations.service.js';
import { LocalStrategy } from './local.strategy.js';
import { LoginLockout } from './login-lockout.js';
import { LoginThrottleRepository } from './login-throttle.repository.js';
import { RefreshCookie } from './refresh-cookie.js';
import { RefreshTokenRepository } from './refresh-token.repository.js';
import { UserRepository } from './user.repository.js';

@Module({
  imports: [
    PassportModule,
    JwtModule.registerAsync({ inject: [RuntimeConfig], useFactory: (runtime: RuntimeConfig) => ({ secret: runtime.jwtSecret }) }),
  ],
  controllers: [AuthController, MeController],
  providers: [AuthService, AccountsService, UserRepository, RefreshTokenRepository, PasswordHasher, LocalStrategy, JwtStrategy, AccountCheckRepository, RefreshCookie, Invitations, LoginLockout, LoginThrottleRepository],
  exports: [PasswordHasher, Invitations],
})
export class AccountsModule {}
