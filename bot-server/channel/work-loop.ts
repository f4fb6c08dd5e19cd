/**
 * A polling loop that can be woken early: used by the inbox and outbox workers. Runs `tick`
 * until it reports no work, then sleeps until woken or the poll interval passes. `stop()`
 * waits for the current tick so shutdown never cuts a transaction in half.
 */
export interface WorkLoop {
  wake(): void;
  stop(): Promise<void>;
}

export function startWorkLoop(tick: () => Promise<boolean>, options: { pollMs: number; onError: (error: unknown) => void }): WorkLoop {
  let stopped = false;
  let sleeping: { timer: NodeJS.Timeout; resolve: () => void } | undefined;
  let woken = false;

  const sleep = (): Promise<void> =>
    new Promise((resolve) => {
      if (woken) {
        woken = false;
        resolve();
        return;
      }
      const timer = setTimeout(() => {
        sleeping = undefined;
        resolve();
      }, options.pollMs);
      sleeping = { timer, resolve };
    });

  const running = (async () => {
    while (!stopped) {
      let busy = false;
      try {
        busy = await tick();
      } catch (error) {
        options.onError(error);
      }
      if (!busy && !stopped) await sleep();
    }
  })();

  return {
    wake() {
      if (sleeping) {
        clearTimeout(sleeping.timer);
        const { resolve } = sleeping;
        sleeping = undefined;
        resolve();
      } else {
        woken = true;
      }
    },
    async stop() {
      stopped = true;
      this.wake();
      await running;
    },
  };
}
