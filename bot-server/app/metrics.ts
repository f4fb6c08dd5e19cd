/** Prometheus metrics, one registry per app instance (tests build several apps in one process). */
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

export interface Metrics {
  registry: Registry;
  webhookRequests: Counter<'result'>;
  webhookSeconds: Histogram;
  processingSeconds: Histogram;
  deliveryFailures: Counter<'code'>;
  handoffs: Counter;
  queueDepth: Gauge<'queue' | 'status'>;
}

export function createMetrics(collectDepth: (set: (queue: string, status: string, value: number) => void) => Promise<void>): Metrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  return {
    registry,
    webhookRequests: new Counter({ name: 'dvc_webhook_requests_total', help: 'Zalo webhook requests by result', labelNames: ['result'], registers: [registry] }),
    webhookSeconds: new Histogram({ name: 'dvc_webhook_duration_seconds', help: 'Time to acknowledge a Zalo webhook', buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2], registers: [registry] }),
    processingSeconds: new Histogram({ name: 'dvc_inbox_processing_seconds', help: 'Time to run one resident message through the conversation', buckets: [0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 1], registers: [registry] }),
    deliveryFailures: new Counter({ name: 'dvc_delivery_failures_total', help: 'Failed reply deliveries by Zalo error code', labelNames: ['code'], registers: [registry] }),
    handoffs: new Counter({ name: 'dvc_handoffs_total', help: 'Conversations handed to an official', registers: [registry] }),
    queueDepth: new Gauge({
      name: 'dvc_queue_depth',
      help: 'Inbox and outbox rows by status',
      labelNames: ['queue', 'status'],
      registers: [registry],
      async collect() {
        this.reset();
        await collectDepth((queue, status, value) => this.set({ queue, status }, value));
      },
    }),
  };
}
