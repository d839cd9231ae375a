import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FeeEstimateResponse, ProviderCompareResponse, ProviderDetail, ProviderListResponse } from '@pos/shared';
import { Public } from '../../core/auth/decorators.js';
import { UuidParamPipe } from '../../core/http/uuid-param.pipe.js';
import { CompareProvidersQueryDto } from './dto/compare-providers-query.dto.js';
import { FeeEstimateDto } from './dto/fee-estimate.dto.js';
import { ProviderListQueryDto } from './dto/provider-list-query.dto.js';
import { ProviderCatalogService } from './provider-catalog.service.js';

/** The marketplace is public: a merchant compares providers before registering. */
@ApiTags('providers')
@Public()
@Controller('providers')
export class ProvidersController {
  constructor(private readonly catalog: ProviderCatalogService) {}

  @Get()
  @ApiOperation({ summary: 'Active providers, filtered by region, kind and terminal type, ordered by name' })
  list(@Query() query: ProviderListQueryDto): Promise<ProviderListResponse> {
    return this.catalog.list(query);
  }

  @Get('compare')
  @ApiOperation({ summary: 'Two to four providers side by side, in the order asked for' })
  compare(@Query() query: CompareProvidersQueryDto): Promise<ProviderCompareResponse> {
    return this.catalog.compare(query.ids);
  }

  @Get(':id')
  @ApiOperation({ summary: 'One active provider with its models, current fees, required documents and quality figures' })
  get(@Param('id', UuidParamPipe) id: string): Promise<ProviderDetail> {
    return this.catalog.get(id);
  }

  @Post('fee-estimate')
  @HttpCode(200)
  @ApiOperation({ summary: "The merchant's expected monthly cost at each provider, cheapest first" })
  estimate(@Body() request: FeeEstimateDto): Promise<FeeEstimateResponse> {
    return this.catalog.estimate(request);
  }
}
