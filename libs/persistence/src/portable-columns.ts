import type { ColumnOptions, TableColumnOptions } from 'typeorm';

/**
 * Instants are stored as ISO-8601 UTC strings (`2026-01-01T00:00:00.000Z`, always 24 characters)
 * in a varchar. `datetime` does not exist on PostgreSQL and `timestamp` not on SQLite, so a native
 * type would need per-driver migrations and entities; a fixed-width ISO string reads back as the
 * same string on both engines (no driver timezone conversion) and sorts chronologically.
 */
export const INSTANT_LENGTH = 24;

/** Entity side: `@Column(instantColumn())`. */
export function instantColumn(options: { nullable?: boolean } = {}): ColumnOptions {
  return { type: 'varchar', length: INSTANT_LENGTH, nullable: options.nullable ?? false };
}

/** Migration side, matching `instantColumn`. */
export function instantTableColumn(name: string, options: { nullable?: boolean } = {}): TableColumnOptions {
  return { name, type: 'varchar', length: String(INSTANT_LENGTH), isNullable: options.nullable ?? false };
}

export function toInstant(date: Date): string {
  return date.toISOString();
}

/**
 * JSON payloads are kept as text (`simple-json`), not `json`/`jsonb`, so both engines store and
 * return exactly the same serialization. Entity side: `@Column(jsonColumn())`.
 */
export function jsonColumn(options: { nullable?: boolean } = {}): ColumnOptions {
  return { type: 'simple-json', nullable: options.nullable ?? false };
}

/** Migration side, matching `jsonColumn`. */
export function jsonTableColumn(name: string, options: { nullable?: boolean } = {}): TableColumnOptions {
  return { name, type: 'text', isNullable: options.nullable ?? false };
}

/** Migration side: a varchar column (lengths are strings in TypeORM's Table API). */
export function varcharTableColumn(name: string, length: number, options: { primary?: boolean; nullable?: boolean } = {}): TableColumnOptions {
  return { name, type: 'varchar', length: String(length), isPrimary: options.primary ?? false, isNullable: options.nullable ?? false };
}
