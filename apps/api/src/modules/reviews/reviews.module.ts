import { Module } from '@nestjs/common';
import { ReviewsController } from './reviews.controller.js';
import { ReviewsRepository } from './reviews.repository.js';
import { ReviewsService } from './reviews.service.js';

/** The provider's review console. */
@Module({ controllers: [ReviewsController], providers: [ReviewsService, ReviewsRepository] })
export class ReviewsModule {}
