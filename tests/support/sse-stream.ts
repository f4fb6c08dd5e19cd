/**
 * Reads a server-sent events stream as a browser's EventSource would see it: event names in order.
 * `next(name)` waits for the next event with that name (skipping others) or fails after a timeout.
 */
export interface SseStream {
  status: number;
  next(name: string, timeoutMs?: number): Promise<{ event: string; data: string }>;
  close(): void;
}

export async function openSseStream(url: string, headers: Record<string, string> = {}): Promise<SseStream> {
  const controller = new AbortController();
  const response = await fetch(url, { headers: { accept: 'text/event-stream', ...headers }, signal: controller.signal });
  const events: { event: string; data: string }[] = [];
  let wake: (() => void) | undefined;
  if (response.ok && response.body) {
    const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
    void (async () => {
      let buffer = '';
      for (;;) {
        const { value, done } = await reader.read().catch(() => ({ value: undefined, done: true as const }));
        if (done) return;
        buffer += value;
        let end: number;
        while ((end = buffer.indexOf('\n\n')) !== -1) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const field = (name: string) => block.split('\n').find((line) => line.startsWith(`${name}:`))?.slice(name.length + 1).trim();
          const data = field('data');
          if (data !== undefined) events.push({ event: field('event') ?? 'message', data });
          wake?.();
        }
      }
    })();
  }
  return {
    status: response.status,
    async next(name, timeoutMs = 3000) {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const at = events.findIndex((e) => e.event === name);
        if (at !== -1) return events.splice(0, at + 1).at(-1) as { event: string; data: string };
        const left = deadline - Date.now();
        if (left <= 0) throw new Error(`no "${name}" event within ${timeoutMs} ms; saw ${events.map((e) => e.event).join(', ') || 'nothing'}`);
        await new Promise<void>((resolve) => {
          wake = resolve;
          setTimeout(resolve, Math.min(left, 100));
        });
      }
    },
    close: () => controller.abort(),
  };
}
