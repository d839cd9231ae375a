import { ApiProperty } from '@nestjs/swagger';
import { MAX_COMPARED_PROVIDERS } from '@pos/shared';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsArray, IsUUID } from 'class-validator';

/** `ids=a,b,c` (or `ids=a&ids=b`) → ['a', 'b', 'c'], lower-cased so the same id in two spellings counts as a repeat. */
function splitIds({ value }: { value: unknown }): unknown {
  const parts = Array.isArray(value) ? value : typeof value === 'string' ? [value] : undefined;
  if (!parts?.every((part) => typeof part === 'string')) return value;
  return (parts as string[])
    .flatMap((part) => part.split(','))
    .map((id) => id.trim().toLowerCase())
    .filter((id) => id.length > 0);
}

export class CompareProvidersQueryDto {
  @ApiProperty({ type: String, description: `Comma-separated provider ids, 2 to ${MAX_COMPARED_PROVIDERS}, in the order to show them`, example: 'id-a,id-b' })
  @Transform(splitIds)
  @IsArray()
  @ArrayMinSize(2)
  @ArrayMaxSize(MAX_COMPARED_PROVIDERS)
  @ArrayUnique()
  @IsUUID('all', { each: true, message: 'isUUID' })
  ids: string[];
}
