/**
 * Plays Zalo's webhook sender in a process of its own, so 2,000 requests in flight do not starve
 * the fake Zalo API that the instances call back in the test's process. Reads on stdin the signed
 * webhooks of each resident (sent one after another, residents at once) and the two instances'
 * URLs; re-sends whatever got no 200 to the other instance, as Zalo retries; writes `accepted <n>`
 * per accepted message and, at the end, `done <json summary>`.
 */
import { createInterface } from 'node:readline';
import { z } from 'zod';

const planSchema = z.object({
  targets: z.tuple([z.string(), z.string()]),
  deadlineMs: z.number(),
  residents: z.array(z.object({ first: z.number().int(), webhooks: z.array(z.object({ body: z.string(), signature: z.string() })) })),
});

async function post(target: string, webhook: { body: string; signature: string }): Promise<number> {
  try {
    const response = await fetch(`${target}/webhooks/zalo`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-zevent-signature': webhook.signature }, body: webhook.body });
    await response.arrayBuffer();
    return response.status;
  } catch {
    return 0; // the instance is down
  }
}

async function main(): Promise<void> {
  let input = '';
  for await (const line of createInterface({ input: process.stdin })) input += line;
  const plan = planSchema.parse(JSON.parse(input));
  const deadline = Date.now() + plan.deadlineMs;
  const started = Date.now();
  let accepted = 0;
  let resent = 0;
  let lost = 0;
  await Promise.all(
    plan.residents.map(async ({ first, webhooks }) => {
      for (const [message, webhook] of webhooks.entries()) {
        let status = 0;
        for (let attempt = 0; status !== 200 && Date.now() < deadline; attempt += 1) {
          if (attempt > 0) {
            resent += 1;
            await new Promise((resolve) => setTimeout(resolve, 50));
          }
          status = await post(plan.targets[(first + message + attempt) % 2] ?? '', webhook);
        }
        if (status !== 200) lost += 1;
        else process.stdout.write(`accepted ${(accepted += 1)}\n`);
      }
    }),
  );
  process.stdout.write(`done ${JSON.stringify({ accepted, resent, lost, ms: Date.now() - started })}\n`);
}

await main();
