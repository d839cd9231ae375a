import { Module } from '@nestjs/common';
import { AgreementsModule } from '../agreements/agreements.module.js';
import { ApplicationsModule } from '../applications/applications.module.js';
import { AdminReviewsController, ReviewsController } from './reviews.controller.js';
import { ReviewsRepository } from './reviews.repository.js';
import { ReviewsService } from './reviews.service.js';

/** The provider's review console and the platform admin's read-only view of it. */
@Module({ imports: [ApplicationsModule, AgreementsModule], controllers: [ReviewsController, AdminReviewsController], providers: [ReviewsService, ReviewsRepository] })
export class ReviewsModule {}
