import { plainToInstance } from 'class-transformer';
import { validateSync, type ValidationError } from 'class-validator';

/** The members a DTO refuses in `value` (closed, as the hub validates), each with its messages. */
export function dtoProblems(cls: new () => object, value: object): Record<string, string[]> {
  const errors = validateSync(plainToInstance(cls, value), { whitelist: true, forbidNonWhitelisted: true });
  const flat = (es: ValidationError[], prefix: string): [string, string[]][] =>
    es.flatMap((e) => {
      const path = prefix ? `${prefix}.${e.property}` : e.property;
      return [...(e.constraints ? [[path, Object.values(e.constraints)] as [string, string[]]] : []), ...flat(e.children ?? [], path)];
    });
  return Object.fromEntries(flat(errors, ''));
}
