import { Global, Module } from '@nestjs/common';
import { BusinessCalendar } from './business-calendar.js';
import { CalendarRepository } from './calendar.repository.js';

@Global()
@Module({ providers: [BusinessCalendar, CalendarRepository], exports: [BusinessCalendar, CalendarRepository] })
export class CalendarModule {}
