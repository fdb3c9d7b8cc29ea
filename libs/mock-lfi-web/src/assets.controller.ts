import { Controller, Get, Header } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { LFI_CSS } from './pages/styles';

/** The pages' one stylesheet, served by the mock LFI itself: nothing is fetched from elsewhere. */
@ApiExcludeController()
@Controller('assets')
export class AssetsController {
  @Get('lfi.css')
  @Header('Content-Type', 'text/css; charset=utf-8')
  @Header('Cache-Control', 'public, max-age=3600')
  css(): string {
    return LFI_CSS;
  }
}
