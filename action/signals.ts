/**
 * A cancelled workflow run: the runner sends SIGINT, then SIGTERM 7.5 s later, then kills the
 * process tree 2.5 s after that. The first signal aborts the rollout at once (the engine issues the
 * rollback call immediately); the second, or HARD_AFTER_MS after the first, is the hard signal: stop
 * waiting for the rollback to verify and report what is known while there is still time.
 */
export const HARD_AFTER_MS = 7_000;

export interface Cancellation {
  /** Aborted on the first SIGINT / SIGTERM. */
  signal: AbortSignal;
  /** Aborted on the second signal or HARD_AFTER_MS after the first. */
  hardSignal: AbortSignal;
  dispose(): void;
}

type SignalSource = Pick<NodeJS.Process, 'on' | 'removeListener'>;

export function watchCancellation(
  o: { source?: SignalSource; hardAfterMs?: number; log?: (line: string) => void } = {},
): Cancellation {
  const source = o.source ?? process;
  const soft = new AbortController();
  const hard = new AbortController();
  let timer: NodeJS.Timeout | undefined;
  const onSignal = (name: NodeJS.Signals) => {
    if (!soft.signal.aborted) {
      o.log?.(`${name}: the run is being cancelled; rolling back now`);
      soft.abort(new Error(`${name}: the workflow run was cancelled`));
      timer = setTimeout(
        () => hard.abort(new Error('the runner is about to kill the process')),
        o.hardAfterMs ?? HARD_AFTER_MS,
      );
      timer.unref?.();
    } else if (!hard.signal.aborted) {
      o.log?.(`${name}: the runner kills the process in a moment; reporting what is known`);
      hard.abort(new Error(`${name}: the runner is about to kill the process`));
    }
  };
  source.on('SIGINT', onSignal);
  source.on('SIGTERM', onSignal);
  return {
    signal: soft.signal,
    hardSignal: hard.signal,
    dispose() {
      clearTimeout(timer);
      source.removeListener('SIGINT', onSignal);
      source.removeListener('SIGTERM', onSignal);
    },
  };
}

/** Resolves with `work`, or with undefined after `ms` (the runner is about to kill the process). */
export function within<T>(work: Promise<T>, ms: number): Promise<T | undefined> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => resolve(undefined), ms);
    timer.unref?.();
    work.then(
      (v) => (clearTimeout(timer), resolve(v)),
      (e) => (clearTimeout(timer), reject(e)),
    );
  });
}
