import { Module } from '@nestjs/common';
import { AccountsModule } from '../accounts/accounts.module.js';
import { StaffController } from './staff.controller.js';
import { StaffRepository } from './staff.repository.js';
import { StaffService } from './staff.service.js';

@Module({ imports: [AccountsModule], controllers: [StaffController], providers: [StaffService, StaffRepository] })
export class StaffModule {}
