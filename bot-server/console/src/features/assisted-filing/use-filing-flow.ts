/**
 * The questions of one procedure as the volunteer answers them, run by the shared engine in the
 * browser (run-flow.ts). The flow lives with the page, so going back to the resident step and on
 * again keeps the answers; another procedure starts afresh. Address answers wait for the address
 * list (address-directory.ts), fetched ahead as soon as a procedure asks for an address.
 */
import { useCallback, useEffect, useState } from 'react';
import type { EngineEvent } from '../../../../../shared/engine/engine-types';
import type { Procedure } from '../../../../../shared/schema/procedure-schema';
import { loadAddressDirectory, loadedAddressDirectory } from './address-directory';
import { applyEvent, flowScreen, startFlow, type FlowScreen, type FlowState } from './run-flow';

export interface FilingFlow {
  procedure: Procedure;
  state: FlowState;
  screen: FlowScreen | undefined;
  send: (event: EngineEvent) => void;
  /** The address list is being fetched to check an address answer. */
  checkingAddress: boolean;
  addressListFailed: boolean;
}

interface Running {
  procedure: Procedure;
  state: FlowState;
}

const asksForAddress = (procedure: Procedure): boolean => [...procedure.questions, ...(procedure.filing?.fields ?? [])].some((question) => question.type === 'address');

const context = () => ({ now: new Date().toISOString(), addresses: loadedAddressDirectory() });

/** The flow of `procedure` (undefined while its definition loads: then null). */
export function useFilingFlow(procedure: Procedure | undefined): FilingFlow | null {
  const [running, setRunning] = useState<Running | null>(null);
  const [checkingAddress, setCheckingAddress] = useState(false);
  const [addressListFailed, setAddressListFailed] = useState(false);
  let current = running;
  if (procedure && running?.procedure !== procedure) {
    current = { procedure, state: startFlow(procedure, context()) };
    setRunning(current);
  }

  useEffect(() => {
    if (procedure && asksForAddress(procedure)) loadAddressDirectory().catch(() => undefined);
  }, [procedure]);

  const state = current?.state;
  const send = useCallback(
    (event: EngineEvent) => {
      const apply = () => setRunning((latest) => latest && { procedure: latest.procedure, state: applyEvent(latest.procedure, latest.state, event, context()) });
      const screen = state ? flowScreen(state) : undefined;
      const answersAddress = event.type === 'answer' && screen?.kind === 'question' && screen.question.type === 'address';
      if (!answersAddress || loadedAddressDirectory()) {
        apply();
        return;
      }
      setCheckingAddress(true);
      setAddressListFailed(false);
      loadAddressDirectory()
        .then(apply, () => setAddressListFailed(true))
        .finally(() => setCheckingAddress(false));
    },
    [state],
  );

  if (!current || current.procedure !== procedure) return null;
  return { procedure: current.procedure, state: current.state, screen: flowScreen(current.state), send, checkingAddress, addressListFailed };
}
