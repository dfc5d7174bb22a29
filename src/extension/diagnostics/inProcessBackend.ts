import type { CheckBackend, CheckInput } from './checkBackend';
import type { WireCheckResult } from '../../protocol/checkMessages';
import { runCheck } from './runCheck';

// The check on the caller's thread. Not used by the extension (it would pull the whole checker into
// dist/extension.js and block the extension host for ~100 ms at 10k lines); bench/editor.bench.mjs
// compares it with the worker.
export class InProcessBackend implements CheckBackend {
  check(input: CheckInput): Promise<WireCheckResult> {
    return new Promise((resolve, reject) => {
      // Run on a later turn so the caller's event (a keystroke) finishes first.
      setImmediate(() => {
        try { resolve(runCheck(input)); } catch (e: unknown) { reject(e instanceof Error ? e : new Error(String(e))); }
      });
    });
  }

  dispose(): void {
    // nothing to release
  }
}

