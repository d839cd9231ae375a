import { Injectable } from '@nestjs/common';
import { PrismaService } from '../prisma/prisma.service.js';

const CHECK_VALUE_SETTING = 'fieldEncryption.checkValue';

@Injectable()
export class KeyCheckRepository {
  constructor(private readonly prisma: PrismaService) {}

  /**
   * Stores the field-encryption key's check value unless the database already has one, and returns the stored one.
   * INSERT ... ON CONFLICT DO NOTHING, so replicas starting together on a fresh database agree on the first writer's.
   */
  async recordCheckValue(value: string): Promise<string> {
    await this.prisma.systemSetting.createMany({ data: [{ key: CHECK_VALUE_SETTING, value }], skipDuplicates: true });
    const stored = await this.prisma.systemSetting.findUniqueOrThrow({ where: { key: CHECK_VALUE_SETTING }, select: { value: true } });
    return stored.value;
  }
}
