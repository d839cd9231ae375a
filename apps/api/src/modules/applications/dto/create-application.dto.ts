import { ApiProperty } from '@nestjs/swagger';
import type { CreateApplicationRequest } from '@pos/shared';
import { IsUUID } from 'class-validator';

export class CreateApplicationDto implements CreateApplicationRequest {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  providerId: string;
}
