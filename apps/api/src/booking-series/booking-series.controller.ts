import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import {
  createBookingSeriesSchema,
  idSchema,
  type BookingSeriesResult,
  type CancelledBookingSeries,
} from '@admz/shared';
import { CurrentUser, type CurrentUserContext } from '../auth/access.decorators';
import { zodDto } from '../common/zod-dto';
import { ZodParamPipe } from '../common/zod-param.pipe';
import { BookingSeriesService } from './booking-series.service';

class CreateBookingSeriesDto extends zodDto(createBookingSeriesSchema) {}

@Controller('booking-series')
export class BookingSeriesController {
  constructor(private readonly series: BookingSeriesService) {}

  @Post()
  createSeries(
    @CurrentUser() { user }: CurrentUserContext,
    @Body() body: CreateBookingSeriesDto,
  ): Promise<BookingSeriesResult> {
    return this.series.createSeries(user, body);
  }

  @Post(':seriesId/cancel')
  @HttpCode(200)
  cancelSeries(
    @CurrentUser() { user }: CurrentUserContext,
    @Param('seriesId', new ZodParamPipe(idSchema)) seriesId: string,
  ): Promise<CancelledBookingSeries> {
    return this.series.cancelSeries(user, seriesId);
  }
}
