import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { type RevealFieldResponse, Role } from '@pos/shared';
import type { AuthUser } from '../../core/auth/auth-user.js';
import { CurrentUser, Roles } from '../../core/auth/decorators.js';
import { UuidParamPipe } from '../../core/http/uuid-param.pipe.js';
import { RevealFieldDto } from './dto/reveal-field.dto.js';
import { ReviewsService } from './reviews.service.js';

@ApiTags('reviews')
@ApiBearerAuth()
@Roles(Role.REVIEWER, Role.PROVIDER_ADMIN)
@Controller('console/applications')
export class ReviewsController {
  constructor(private readonly reviews: ReviewsService) {}

  @Post(':id/reveal')
  @HttpCode(200)
  reveal(@CurrentUser() user: AuthUser, @Param('id', UuidParamPipe) id: string, @Body() dto: RevealFieldDto): Promise<RevealFieldResponse> {
    return this.reviews.reveal(user, id, dto.field);
  }
}
