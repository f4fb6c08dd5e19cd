/** What each simulated resident has seen, for the simulator page (kept in memory: it is a dev tool). */
export interface TranscriptEntry {
  seq: number;
  from: 'resident' | 'oa' | 'official' | 'system';
  text: string;
  at: string;
}

export function createSimulatorTranscripts(maxPerResident = 500) {
  const byResident = new Map<string, TranscriptEntry[]>();
  let seq = 0;
  return {
    add(userId: string, from: TranscriptEntry['from'], text: string, at: Date): void {
      const list = byResident.get(userId) ?? [];
      list.push({ seq: (seq += 1), from, text, at: at.toISOString() });
      if (list.length > maxPerResident) list.splice(0, list.length - maxPerResident);
      byResident.set(userId, list);
    },
    after(userId: string, afterSeq: number): TranscriptEntry[] {
      return (byResident.get(userId) ?? []).filter((entry) => entry.seq > afterSeq);
    },
  };
}

export type SimulatorTranscripts = ReturnType<typeof createSimulatorTranscripts>;
