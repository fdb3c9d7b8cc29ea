import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { ConfigError, flatten } from './load-config';
import type { SandboxConfig } from './sandbox-config';

/** The keys of config/sandbox.json whose content belongs to a library outside the kernel. */
export type ConfigSectionKey = 'mockLfi';

/**
 * A part of the sandbox configuration owned by a library outside the kernel. The kernel imports
 * nothing of ours, so it cannot name that part's type: it only reserves the key (in
 * `SandboxConfig`), and the owning library declares the class-validator class beside the code
 * that reads it. The file format and the error messages stay those of every other key.
 *
 * Validation runs in `loadConfig` for the sections a process passes to it (a bad value stops the
 * start with every problem at once), and on first use through `of(config)` otherwise.
 */
export class ConfigSection<T extends object> {
  private readonly validated = new WeakMap<SandboxConfig, T>();

  constructor(
    readonly key: ConfigSectionKey,
    private readonly type: new () => T,
  ) {}

  /** The section's problems, named by their full key (`mockLfi.fx.spreadBps: …`); none when valid. */
  problemsIn(config: SandboxConfig): string[] {
    const section = plainToInstance(this.type, config[this.key] ?? {});
    const problems = flatten(validateSync(section, { whitelist: true, forbidNonWhitelisted: true }), this.key);
    if (problems.length === 0) this.validated.set(config, section);
    return problems;
  }

  /** The validated, typed section of this configuration (the same object on every call). */
  of(config: SandboxConfig): T {
    if (!this.validated.has(config)) {
      const problems = this.problemsIn(config);
      if (problems.length > 0) throw new ConfigError(problems);
    }
    return this.validated.get(config)!;
  }
}
