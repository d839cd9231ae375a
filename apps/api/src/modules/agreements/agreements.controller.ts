import { Body, Controller, Get, Headers, HttpCode, Param, Post, Query, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiConsumes, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { type AgreementTemplateView, type AgreementVerification, type AgreementView, Role } from '@pos/shared';
import { IsIn, IsOptional } from 'class-validator';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { AuthUser } from '../../core/auth/auth-user.js';
import { CurrentUser, Public, Roles, SignInRateLimit } from '../../core/auth/decorators.js';
import { ClientInfoParam } from '../../core/http/request-context.js';
import { sendFile } from '../../core/http/file-reply.js';
import { Idempotent } from '../../core/idempotency/idempotency.interceptor.js';
import { UuidParamPipe } from '../../core/http/uuid-param.pipe.js';
import { AgreementsService } from './agreements.service.js';
import { CreateAgreementTemplateDto, SignAgreementDto } from './dto/agreement.dto.js';

const LISTED_AGREEMENT_STATUSES = ['SENT', 'MERCHANT_SIGNED', 'COUNTERSIGNED'] as const;

class AgreementListQueryDto {
  @ApiPropertyOptional({ enum: LISTED_AGREEMENT_STATUSES }) @IsOptional() @IsIn(LISTED_AGREEMENT_STATUSES) status?: (typeof LISTED_AGREEMENT_STATUSES)[number];
}

const READERS = [Role.MERCHANT, Role.REVIEWER, Role.SUPPORT, Role.PROVIDER_ADMIN, Role.PLATFORM_ADMIN] as const;

@ApiTags('agreements')
@ApiBearerAuth()
@Controller()
export class AgreementsController {
  constructor(private readonly agreements: AgreementsService) {}

  @Get('applications/:id/agreement')
  @Roles(Role.MERCHANT)
  forApplication(@CurrentUser() user: AuthUser, @Param('id', UuidParamPipe) id: string): Promise<AgreementView> {
    return this.agreements.getForApplication(user, id);
  }

  @Get('agreements/:id')
  @Roles(...READERS)
  get(@CurrentUser() user: AuthUser, @Param('id', UuidParamPipe) id: string): Promise<AgreementView> {
    return this.agreements.getById(user, id);
  }

  @Get('agreements/:id/document')
  @Roles(...READERS)
  async document(@CurrentUser() user: AuthUser, @Param('id', UuidParamPipe) id: string, @Headers('range') range: string | undefined, @Res() reply: FastifyReply): Promise<void> {
    await sendFile(reply, await this.agreements.file(user, id, 'document'), range);
  }

  @Get('agreements/:id/final')
  @Roles(...READERS)
  async final(@CurrentUser() user: AuthUser, @Param('id', UuidParamPipe) id: string, @Headers('range') range: string | undefined, @Res() reply: FastifyReply): Promise<void> {
    await sendFile(reply, await this.agreements.file(user, id, 'final'), range);
  }

  @Post('agreements/:id/sign')
  @HttpCode(200)
  @Roles(Role.MERCHANT)
  sign(@CurrentUser() user: AuthUser, @Param('id', UuidParamPipe) id: string, @Body() dto: SignAgreementDto, @ClientInfoParam() client: { ip?: string; userAgent?: string }): Promise<AgreementView> {
    return this.agreements.sign(user, id, dto, client);
  }

  /** Anyone holding a PDF can check it is genuine and unaltered; rate-limited like sign-in. */
  @Public()
  @SignInRateLimit()
  @Post('agreements/verify')
  @HttpCode(200)
  @ApiConsumes('multipart/form-data')
  verify(@Req() request: FastifyRequest): Promise<AgreementVerification> {
    return this.agreements.verify(request);
  }
}

@ApiTags('agreements')
@ApiBearerAuth()
@Controller('console')
export class ConsoleAgreementsController {
  constructor(private readonly agreements: AgreementsService) {}

  @Get('agreements')
  @Roles(Role.REVIEWER, Role.PROVIDER_ADMIN)
  list(@CurrentUser() user: AuthUser, @Query() query: AgreementListQueryDto): Promise<{ items: AgreementView[] }> {
    return this.agreements.listForProvider(user, query.status);
  }

  @Post('agreements/:id/countersign')
  @HttpCode(200)
  @Roles(Role.PROVIDER_ADMIN)
  countersign(@CurrentUser() user: AuthUser, @Param('id', UuidParamPipe) id: string): Promise<AgreementView> {
    return this.agreements.countersign(user, id);
  }

  @Get('provider/agreement-templates')
  @Roles(Role.PROVIDER_ADMIN)
  templates(@CurrentUser() user: AuthUser): Promise<{ items: AgreementTemplateView[] }> {
    return this.agreements.listTemplates(user);
  }

  @Post('provider/agreement-templates')
  @Idempotent()
  @Roles(Role.PROVIDER_ADMIN)
  createTemplate(@CurrentUser() user: AuthUser, @Body() dto: CreateAgreementTemplateDto): Promise<AgreementTemplateView> {
    return this.agreements.createTemplate(user, dto);
  }
}
