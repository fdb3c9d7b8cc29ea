import { DynamicModule, Module } from '@nestjs/common';
import { LoggerModule } from 'nestjs-pino';
import type { SandboxConfig } from '../config/sandbox-config';
import { interactionIdOf } from '../fapi/interaction-id';

function usePretty(config: SandboxConfig): boolean {
  return config.log.format === 'pretty' || (config.log.format === 'auto' && Boolean(process.stdout.isTTY));
}

/**
 * Structured JSON logs (pino) in which every line of a request carries its
 * x-fapi-interaction-id as `interactionId`; readable colours when a person is watching.
 */
@Module({})
export class LoggingModule {
  static forRoot(config: SandboxConfig, service: string): DynamicModule {
    return {
      module: LoggingModule,
      imports: [
        LoggerModule.forRoot({
          pinoHttp: {
            name: service,
            level: config.log.level,
            genReqId: (req, res) => interactionIdOf(req, res),
            customAttributeKeys: { reqId: 'interactionId' },
            quietReqLogger: true,
            autoLogging: { ignore: (req) => (req.url ?? '').startsWith('/health') },
            serializers: {
              req: (req: { method: string; url: string }) => ({ method: req.method, url: req.url }),
              res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
            },
            transport: usePretty(config)
              ? { target: 'pino-pretty', options: { singleLine: true, translateTime: 'SYS:HH:MM:ss.l', ignore: 'pid,hostname' } }
              : undefined,
          },
        }),
      ],
    };
  }
}
