import { Injectable } from '@nestjs/common';

/**
 * Answers to one consent run one after the other in this process: a double click or a second tab
 * reads the consent after the first answer was recorded, so it is refused as already answered
 * instead of racing it to the Consent Manager.
 */
@Injectable()
export class AnswerQueue {
  private readonly tails = new Map<string, Promise<unknown>>();

  run<T>(key: string, task: () => Promise<T>): Promise<T> {
    const run = (this.tails.get(key) ?? Promise.resolve()).then(task, task);
    const tail = run.catch(() => undefined);
    this.tails.set(key, tail);
    void tail.then(() => {
      if (this.tails.get(key) === tail) this.tails.delete(key);
    });
    return run;
  }
}
