/** The handoff named in the address (/handoffs/:handoffId), or undefined. */
import { useParams } from 'react-router-dom';

export function useSelectedHandoffId(): number | undefined {
  const { handoffId } = useParams();
  const id = Number(handoffId);
  return Number.isInteger(id) && id > 0 ? id : undefined;
}
