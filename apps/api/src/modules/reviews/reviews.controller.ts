import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { type ReviewApplicationView, type ReviewQueueResponse, type RevealFieldResponse, Role } from '@pos/shared';
import type { AuthUser } from '../../core/auth/auth-user.js';
import { CurrentUser, NoStore, Roles } from '../../core/auth/decorators.js';
import { UuidParamPipe } from '../../core/http/uuid-param.pipe.js';
import { RevealFieldDto } from './dto/reveal-field.dto.js';
import { AdminReviewQueueQueryDto, ApproveDto, DocumentDecisionDto, RejectDto, RequestChangesDto, ReviewQueueQueryDto } from './dto/review.dto.js';
import { ReviewsService } from './reviews.service.js';

const REVIEW_STAFF = [Role.REVIEWER, Role.PROVIDER_ADMIN] as const;

@ApiTags('reviews')
@ApiBearerAuth()
@Controller('console')
export class ReviewsController {
  constructor(private readonly reviews: ReviewsService) {}

  @Get('review-queue')
  @Roles(...REVIEW_STAFF)
  queue(@CurrentUser() user: AuthUser, @Query() query: ReviewQueueQueryDto): Promise<ReviewQueueResponse> {
    return this.reviews.queue(user, query);
  }

  /** Also open to platform admins, read-only. */
  @Get('applications/:id')
  @Roles(...REVIEW_STAFF, Role.PLATFORM_ADMIN)
  get(@CurrentUser() user: AuthUser, @Param('id', UuidParamPipe) id: string): Promise<ReviewApplicationView> {
    return this.reviews.get(user, id);
  }

  @Post('applications/:id/claim')
  @HttpCode(200)
  @Roles(...REVIEW_STAFF)
  claim(@CurrentUser() user: AuthUser, @Param('id', UuidParamPipe) id: string): Promise<ReviewApplicationView> {
    return this.reviews.claim(user, id);
  }

  @Post('applications/:id/release')
  @HttpCode(200)
  @Roles(...REVIEW_STAFF)
  release(@CurrentUser() user: AuthUser, @Param('id', UuidParamPipe) id: string): Promise<ReviewApplicationView> {
    return this.reviews.release(user, id);
  }

  @Post('applications/:id/documents/:documentId/decision')
  @HttpCode(200)
  @Roles(...REVIEW_STAFF)
  decideDocument(
    @CurrentUser() user: AuthUser,
    @Param('id', UuidParamPipe) id: string,
    @Param('documentId', UuidParamPipe) documentId: string,
    @Body() dto: DocumentDecisionDto,
  ): Promise<ReviewApplicationView> {
    return this.reviews.decideDocument(user, id, documentId, dto);
  }

  @Post('applications/:id/request-changes')
  @HttpCode(200)
  @Roles(...REVIEW_STAFF)
  requestChanges(@CurrentUser() user: AuthUser, @Param('id', UuidParamPipe) id: string, @Body() dto: RequestChangesDto): Promise<ReviewApplicationView> {
    return this.reviews.requestChanges(user, id, dto);
  }

  @Post('applications/:id/approve')
  @HttpCode(200)
  @Roles(...REVIEW_STAFF)
  approve(@CurrentUser() user: AuthUser, @Param('id', UuidParamPipe) id: string, @Body() dto: ApproveDto): Promise<ReviewApplicationView> {
    return this.reviews.approve(user, id, dto.note);
  }

  @Post('applications/:id/reject')
  @HttpCode(200)
  @Roles(...REVIEW_STAFF)
  reject(@CurrentUser() user: AuthUser, @Param('id', UuidParamPipe) id: string, @Body() dto: RejectDto): Promise<ReviewApplicationView> {
    return this.reviews.reject(user, id, dto.reason);
  }

  /** Retries sending the agreement of an APPROVED application (generation failed earlier). */
  @Post('applications/:id/send-agreement')
  @HttpCode(200)
  @Roles(...REVIEW_STAFF)
  sendAgreement(@CurrentUser() user: AuthUser, @Param('id', UuidParamPipe) id: string): Promise<ReviewApplicationView> {
    return this.reviews.sendAgreement(user, id);
  }

  @Post('applications/:id/reveal')
  @HttpCode(200)
  @NoStore()
  @Roles(...REVIEW_STAFF)
  reveal(@CurrentUser() user: AuthUser, @Param('id', UuidParamPipe) id: string, @Body() dto: RevealFieldDto): Promise<RevealFieldResponse> {
    return this.reviews.reveal(user, id, dto.field);
  }
}

/** The platform operator watches every provider's queue, read-only. */
@ApiTags('admin')
@ApiBearerAuth()
@Roles(Role.PLATFORM_ADMIN)
@Controller('admin')
export class AdminReviewsController {
  constructor(private readonly reviews: ReviewsService) {}

  @Get('review-queue')
  queue(@CurrentUser() user: AuthUser, @Query() query: AdminReviewQueueQueryDto): Promise<ReviewQueueResponse> {
    return this.reviews.adminQueue(user, query);
  }
}
