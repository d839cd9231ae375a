import { Global, Module } from '@nestjs/common';
import { Transitions } from './transitions.js';

/** The transition runner, for every module that changes a status row. Its audit writer comes from the global AuditModule. */
@Global()
@Module({ providers: [Transitions], exports: [Transitions] })
export class TransitionsModule {}
