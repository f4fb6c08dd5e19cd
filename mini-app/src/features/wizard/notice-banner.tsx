/** The engine's notices (consent declined, cannot go back…) and the wizard's own (changed in the chat). */
import type { EngineOutput } from '../../../../shared/engine/engine-types';
import { useLanguage } from '../../i18n/language-context';
import type { MessageKey } from '../../i18n/messages';

type NoticeCode = Extract<EngineOutput, { kind: 'notice' }>['notice'];

const NOTICES: Record<NoticeCode, MessageKey> = {
  cancelled: 'noticeCancelled',
  handoffRequested: 'noticeHandoffRequested',
  consentDeclined: 'noticeConsentDeclined',
  cannotGoBack: 'noticeCannotGoBack',
  cannotSkipRequired: 'noticeCannotSkipRequired',
  notEditable: 'noticeNotEditable',
  noFilingHere: 'noFilingHere',
  notEligibleToFile: 'noticeNotEligibleToFile',
  finishQuestionsFirst: 'noticeFinishQuestionsFirst',
  nothingToAnswer: 'noticeNothingToAnswer',
  sessionClosed: 'noticeSessionClosed',
  infoOnly: 'noticeInfoOnly',
};

export function NoticeBanner({ message }: { message: MessageKey }) {
  const { t } = useLanguage();
  return (
    <p className="notice notice-info" role="status">
      {t(message)}
    </p>
  );
}

export function noticeMessage(code: NoticeCode): MessageKey {
  return NOTICES[code];
}
