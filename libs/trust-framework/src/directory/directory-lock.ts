import { readFileSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

const LOCK_FILE = 'directory.lock';
/** Longer than any issuance run: an older lock was left by a process that died (or a reused pid). */
const STALE_AFTER_MS = 60_000;
const GIVE_UP_AFTER_MS = 20_000;
const RETRY_EVERY_MS = 50;

/**
 * The launcher and the `tf` CLI may both change directory.json; without this, one of two
 * concurrent read-modify-write cycles would silently drop the other's application.
 */
export async function withDirectoryLock<T>(certsDir: string, work: () => Promise<T>): Promise<T> {
  const lock = join(certsDir, LOCK_FILE);
  await acquire(lock);
  try {
    return await work();
  } finally {
    unlinkSync(lock);
  }
}

async function acquire(lock: string): Promise<void> {
  const deadline = Date.now() + GIVE_UP_AFTER_MS;
  for (;;) {
    if (tryCreate(lock)) return;
    if (isStale(lock)) {
      unlinkSilently(lock);
      continue;
    }
    if (Date.now() > deadline) {
      throw new Error(`${lock} is held by another trust framework process; delete it if no such process is running`);
    }
    await sleep(RETRY_EVERY_MS);
  }
}

function tryCreate(lock: string): boolean {
  try {
    writeFileSync(lock, String(process.pid), { flag: 'wx' });
    return true;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw e;
  }
}

/** A lock whose process is gone (Ctrl-C during a first run) must not block the next start. */
function isStale(lock: string): boolean {
  try {
    const holder = readFileSync(lock, 'utf8').trim();
    // Empty: the holder has created the file but not written its pid yet.
    return Date.now() - statSync(lock).mtimeMs > STALE_AFTER_MS || (holder !== '' && !isAlive(Number(holder)));
  } catch {
    return false;
  }
}

function isAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function unlinkSilently(file: string): void {
  try {
    unlinkSync(file);
  } catch {
    /* another process removed it first */
  }
}
