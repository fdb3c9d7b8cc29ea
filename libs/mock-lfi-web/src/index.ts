export { MockLfiWebModule } from './mock-lfi-web.module';
