/**
 * Residents writing to the OA as phones do: each resident's messages one after another, residents
 * at once. Every message is a filing look-up ("tra cứu <code>") whose reply names its own code, so
 * a test can tell which message each reply answers and whether replies came in order.
 */
import { generateReferenceCode } from '../../../shared/filing/reference-code';
import type { FakeSentMessage } from '../../../bot-server/simulator/fake-zalo-api';
import { residentEvent } from '../app/two-instance-harness';

/** A distinct Zalo-like resident id per test (`series`) and index. */
export function residentId(series: number, index: number): string {
  return `84${series}${String(index).padStart(4, '0')}${'7'.repeat(12)}`;
}

/** A valid reference code made of the resident's and the message's numbers, so each is unique. */
function lookupCode(residentIndex: number, message: number): string {
  const symbols = [Math.floor(residentIndex / 900), Math.floor(residentIndex / 30) % 30, residentIndex % 30, message, 0, 0, 0, 0][Symbol.iterator]();
  return generateReferenceCode(() => symbols.next().value ?? 0);
}

export interface BurstPlan {
  series: number;
  residents: number;
  messagesEach: number;
}

/** Every message of the plan as a webhook body, built once so a retry re-sends the very same event. */
export function burstEvents(plan: BurstPlan): { userId: string; codes: string[]; events: Record<string, unknown>[] }[] {
  return Array.from({ length: plan.residents }, (_, index) => {
    const userId = residentId(plan.series, index);
    const codes = Array.from({ length: plan.messagesEach }, (_, message) => lookupCode(index, message));
    return { userId, codes, events: codes.map((code) => residentEvent(userId, `tra cứu ${code}`)) };
  });
}

/**
 * Which message each reply answers, by the code it names (undefined for a reply naming none).
 * Exactly once and in order: this equals the codes the resident sent.
 */
export function answeredCodes(replies: FakeSentMessage[], codes: string[]): (string | undefined)[] {
  return replies.map((reply) => codes.find((code) => reply.text.includes(code)));
}
