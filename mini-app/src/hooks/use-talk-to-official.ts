/**
 * "Gặp cán bộ": tell the officials (POST /api/me/handoff, so the request shows in their inbox
 * with the procedure and step), then open the Official Account's chat with a message that names
 * them. If the chat cannot open (outside Zalo, no OA id configured) the resident is told an
 * official will write to them.
 */
import { useCallback, useState } from 'react';
import { requestHandoff } from '../api/resident-api';
import { openOfficialChat } from '../platform/zalo';
import { useLanguage } from '../i18n/language-context';
import { useNotify } from './use-notify';

export interface HandoffTopic {
  procedureId: string | null;
  questionId: string | null;
  /** Procedure name and step, in the resident's words, for the prefilled chat message. */
  procedureName?: string;
  step?: string;
}

export function useTalkToOfficial(): { talk: (topic: HandoffTopic) => Promise<void>; busy: boolean } {
  const { t } = useLanguage();
  const notify = useNotify();
  const [busy, setBusy] = useState(false);

  const talk = useCallback(
    async (topic: HandoffTopic) => {
      setBusy(true);
      const told = await requestHandoff({ procedureId: topic.procedureId, questionId: topic.questionId }).then(
        () => true,
        () => false,
      );
      const message = topic.procedureName
        ? t('handoffChatMessage', { procedure: topic.procedureName, step: topic.step ?? '' })
        : t('handoffChatMessageGeneral');
      const oaId = import.meta.env.VITE_ZALO_OA_ID;
      const opened = oaId ? await openOfficialChat(oaId, message) : false;
      if (!opened) notify(told ? t('handoffSent') : t('handoffFailed'));
      setBusy(false);
    },
    [notify, t],
  );
  return { talk, busy };
}
