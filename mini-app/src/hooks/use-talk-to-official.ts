/**
 * "Gặp cán bộ": tell the officials (POST /api/me/handoff, so the request shows in their inbox
 * with the procedure and step), then open the Official Account's chat with a message that names
 * them (the server says which OA); the resident is also told an official will write to them.
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
      const oaId = await requestHandoff({ procedureId: topic.procedureId, questionId: topic.questionId }).then(
        (answer) => answer.oaId,
        () => null,
      );
      const message = topic.procedureName
        ? t('handoffChatMessage', { procedure: topic.procedureName, step: topic.step ?? '' })
        : t('handoffChatMessageGeneral');
      // Said either way: outside Zalo (a desktop browser) openChat quietly does nothing.
      if (oaId) await openOfficialChat(oaId, message);
      notify(oaId ? t('handoffSent') : t('handoffFailed'));
      setBusy(false);
    },
    [notify, t],
  );
  return { talk, busy };
}
