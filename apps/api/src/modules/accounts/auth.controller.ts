import { Body, Controller, Get, HttpCode, Patch, Post, Req, Res, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiCookieAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { AcceptInvitationResponse, CurrentUser as CurrentUserBody, Locale, SessionResponse } from '@pos/shared';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { AuthUser } from '../../core/auth/auth-user.js';
import { CurrentUser, NoStore, Public, SignInRateLimit } from '../../core/auth/decorators.js';
import { ClientInfoParam, RequestLocale } from '../../core/http/request-context.js';
import { AccountsService } from './accounts.service.js';
import { AuthService, type ClientInfo } from './auth.service.js';
import { AcceptInvitationDto } from './dto/accept-invitation.dto.js';
import { Invitations } from './invitations.service.js';
import { LoginDto } from './dto/login.dto.js';
import { RegisterDto } from './dto/register.dto.js';
import { UpdateMeDto } from './dto/update-me.dto.js';
import { LocalAuthGuard } from './local.strategy.js';
import { RefreshCookie } from './refresh-cookie.js';

type SessionUser = Awaited<ReturnType<AuthService['validateCredentials']>>;

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    private readonly cookie: RefreshCookie,
    private readonly invitations: Invitations,
  ) {}

  @Public()
  @SignInRateLimit()
  @Post('accept-invitation')
  @HttpCode(200)
  @NoStore()
  @ApiOperation({ summary: 'Set the password of an invited staff account from its emailed link; then sign in' })
  acceptInvitation(@Body() dto: AcceptInvitationDto): Promise<AcceptInvitationResponse> {
    return this.invitations.accept(dto.token, dto.password);
  }

  @Public()
  @SignInRateLimit()
  @Post('register')
  @ApiOperation({ summary: 'Register a merchant account and sign in' })
  async register(@Body() dto: RegisterDto, @RequestLocale() locale: Locale, @ClientInfoParam() client: ClientInfo, @Req() req: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply): Promise<SessionResponse> {
    return this.cookie.deliver(req, reply, await this.auth.register(dto, locale, client));
  }

  @Public()
  @SignInRateLimit()
  @UseGuards(LocalAuthGuard)
  @Post('login')
  @HttpCode(200)
  @ApiOperation({ summary: 'Sign in with a mobile number or email and a password' })
  async login(@Body() _dto: LoginDto, @Req() req: FastifyRequest & { user: SessionUser }, @ClientInfoParam() client: ClientInfo, @Res({ passthrough: true }) reply: FastifyReply): Promise<SessionResponse> {
    return this.cookie.deliver(req, reply, await this.auth.startSession(req.user, client));
  }

  @Public()
  @SignInRateLimit()
  @Post('refresh')
  @HttpCode(200)
  @ApiCookieAuth(RefreshCookie.NAME)
  @ApiOperation({ summary: 'Rotate the refresh cookie and get a new access token' })
  async refresh(@Req() req: FastifyRequest, @ClientInfoParam() client: ClientInfo, @Res({ passthrough: true }) reply: FastifyReply): Promise<SessionResponse> {
    try {
      return this.cookie.deliver(req, reply, await this.auth.refresh(this.cookie.read(req), client));
    } catch (error) {
      this.cookie.clear(reply);
      throw error;
    }
  }

  @Public()
  @Post('logout')
  @HttpCode(204)
  @ApiOperation({ summary: 'End this session (revokes its refresh token family)' })
  async logout(@Req() req: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply): Promise<void> {
    await this.auth.logout(this.cookie.read(req));
    this.cookie.clear(reply);
  }
}

@ApiTags('auth')
@ApiBearerAuth()
@Controller('me')
export class MeController {
  constructor(private readonly accounts: AccountsService) {}

  @Get()
  @NoStore()
  @ApiOkResponse({ description: 'The signed-in account' })
  me(@CurrentUser() user: AuthUser): Promise<CurrentUserBody> {
    return this.accounts.getSelf(user);
  }

  @Patch()
  @NoStore()
  updateMe(@CurrentUser() user: AuthUser, @Body() dto: UpdateMeDto): Promise<CurrentUserBody> {
    return this.accounts.updateLocale(user, dto.locale);
  }
}
