import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, OpenAPIObject, SwaggerModule } from '@nestjs/swagger';

/** Swagger UI at `/{path}` and the OpenAPI JSON at `/{path}/json`, generated from the app's controllers and DTOs. */
export function publishOpenApi(app: INestApplication, title: string, path = 'docs'): OpenAPIObject {
  const doc = SwaggerModule.createDocument(app, new DocumentBuilder().setTitle(title).setVersion('2.1').build());
  SwaggerModule.setup(path, app, doc, { jsonDocumentUrl: `${path}/json` });
  return doc;
}
