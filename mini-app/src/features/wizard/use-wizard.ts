/**
 * The flow on the phone: the shared engine's `step` runs here, so the next question appears at
 * once, and every event also goes to the server (authoritative) through the save queue. Events
 * the phone cannot judge (an address, the final confirm) wait for the server's answer.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { step } from '../../../../shared/engine/step';
import type { EngineEvent, EngineOutput, Session } from '../../../../shared/engine/engine-types';
import type { Procedure } from '../../../../shared/schema/procedure-schema';
import { ApiError, isApiError } from '../../api/api-error';
import { getDraft, postDraftEvent } from '../../api/resident-api';
import { keepLocalFlow } from './local-flow';
import { loadFlow } from './load-flow';
import { isScreenOutput, serverWorkFor, type ServerWork } from './flow-rules';
import { SaveQueue, type SaveStatus } from './save-queue';

type WizardNotice = 'draftChanged' | 'draftGone';

interface FlowView {
  session: Session | null;
  outputs: EngineOutput[];
}

type LoadState = { status: 'loading' } | { status: 'error'; error: ApiError } | { status: 'ready'; procedure: Procedure };

export interface Wizard {
  load: LoadState;
  view: FlowView;
  saveStatus: SaveStatus;
  /** The server is working on an event the screen waits for. */
  busy: ServerWork | null;
  /** Why the last awaited event failed (the answer is still in the field). */
  actionError: ApiError | null;
  notice: WizardNotice | null;
  dispatch: (event: EngineEvent) => Promise<void>;
  /** Sends again the event that failed (`actionError`). */
  retryAction: () => void;
  retrySave: () => void;
  reload: () => void;
}

const nowIso = (): string => new Date().toISOString();

function asApiError(error: unknown): ApiError {
  return isApiError(error) ? error : new ApiError('BAD_RESPONSE', null, 'Đã có lỗi. Vui lòng thử lại.', 'Something went wrong. Please try again.');
}

/** The engine's answer, with the screen for the new stage when it only sent a notice (consent declined). */
function withScreen(procedure: Procedure, session: Session, outputs: EngineOutput[]): EngineOutput[] {
  if (outputs.some(isScreenOutput) || session.closed === 'cancelled') return outputs;
  return [...outputs, ...step(procedure, session, { type: 'resume' }, { now: nowIso() }).outputs];
}

export function useWizard(procedureId: string): Wizard {
  const [load, setLoad] = useState<LoadState>({ status: 'loading' });
  const [view, setView] = useState<FlowView>({ session: null, outputs: [] });
  const [saveStatus, setSaveStatus] = useState<SaveStatus>('idle');
  const [busy, setBusy] = useState<ServerWork | null>(null);
  const [actionError, setActionError] = useState<ApiError | null>(null);
  const [notice, setNotice] = useState<WizardNotice | null>(null);
  const [attempt, setAttempt] = useState(0);
  const viewRef = useRef(view);
  const busyRef = useRef<ServerWork | null>(null);
  const queueRef = useRef<SaveQueue | null>(null);
  const procedureRef = useRef<Procedure | null>(null);
  const failedRef = useRef<EngineEvent | null>(null);

  const persist = useCallback(() => {
    const queue = queueRef.current;
    const { session, outputs } = viewRef.current;
    if (queue && session) keepLocalFlow(procedureId, { session, outputs, serverUpdatedAt: queue.serverUpdatedAt, unsent: queue.unsent });
  }, [procedureId]);

  const show = useCallback(
    (next: FlowView) => {
      viewRef.current = next;
      setView(next);
      persist();
    },
    [persist],
  );

  const setBusyNow = (work: ServerWork | null) => {
    busyRef.current = work;
    setBusy(work);
  };

  useEffect(() => {
    const controller = new AbortController();
    setLoad({ status: 'loading' });
    loadFlow(procedureId, nowIso(), controller.signal).then(
      (flow) => {
        if (controller.signal.aborted) return;
        procedureRef.current = flow.procedure;
        const queue = new SaveQueue(
          {
            post: (request) => postDraftEvent(procedureId, request),
            onStatus: setSaveStatus,
            onSaved: (response, waiting) => {
              // The server is authoritative: when it sees another screen than the phone, follow it.
              const local = viewRef.current.session;
              const differs = !local || local.stage !== response.session.stage || local.current !== response.session.current;
              if (waiting === 0 && busyRef.current === null && differs) show({ session: response.session, outputs: response.outputs });
            },
            onConflict: (current) => {
              setNotice(current ? 'draftChanged' : 'draftGone');
              show(current ? { session: current.session, outputs: current.outputs } : { session: null, outputs: [] });
            },
            onRefused: (error) => {
              setActionError(error);
              void getDraft(procedureId).then((draft) => draft && show({ session: draft.session, outputs: draft.outputs }), () => undefined);
            },
            onChange: persist,
          },
          flow.serverUpdatedAt,
          flow.unsent,
        );
        queueRef.current = queue;
        show({ session: flow.session, outputs: flow.outputs });
        setNotice(flow.changedElsewhere ? 'draftChanged' : null);
        setLoad({ status: 'ready', procedure: flow.procedure });
        queue.start();
      },
      (error: unknown) => {
        if (!controller.signal.aborted) setLoad({ status: 'error', error: asApiError(error) });
      },
    );
    return () => {
      controller.abort();
      queueRef.current?.dispose();
      queueRef.current = null;
    };
  }, [procedureId, attempt, persist, show]);

  const dispatch = useCallback(
    async (event: EngineEvent) => {
      const procedure = procedureRef.current;
      const queue = queueRef.current;
      if (!procedure || !queue || busyRef.current) return;
      setActionError(null);
      setNotice(null);
      const { session } = viewRef.current;
      const work = serverWorkFor(procedure, session, event);
      if (work === null) {
        const result = step(procedure, session ?? undefined, event, { now: nowIso() });
        show({ session: result.session, outputs: withScreen(procedure, result.session, result.outputs) });
        // A refused answer changes nothing: nothing to save.
        if (result.session !== session || result.effects.length > 0) queue.push(event);
        return;
      }
      setBusyNow(work);
      failedRef.current = null;
      try {
        const response = await queue.send(event);
        show({ session: response.session, outputs: response.outputs });
      } catch (error) {
        // A draft changed elsewhere is already on screen (onConflict); anything else is shown with a retry.
        if (!(isApiError(error) && error.code === 'DRAFT_CHANGED')) {
          failedRef.current = event;
          setActionError(asApiError(error));
        }
      } finally {
        setBusyNow(null);
      }
    },
    [show],
  );

  const retryAction = useCallback(() => {
    if (failedRef.current) void dispatch(failedRef.current);
  }, [dispatch]);
  const retrySave = useCallback(() => queueRef.current?.retryNow(), []);
  const reload = useCallback(() => setAttempt((n) => n + 1), []);
  return { load, view, saveStatus, busy, actionError, notice, dispatch, retryAction, retrySave, reload };
}
