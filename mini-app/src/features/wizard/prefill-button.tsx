/**
 * Fill an answer from the Zalo profile, only when the resident taps for it (and Zalo then asks
 * them again): the phone number through a single-use token the server exchanges, the name
 * from getUserInfo. The filled value stays editable and is not sent until they continue.
 */
import { useState } from 'react';
import { Button } from 'zmp-ui';
import type { QuestionView } from '../../../../shared/engine/engine-types';
import { exchangePhoneToken } from '../../api/resident-api';
import { useLanguage } from '../../i18n/language-context';
import { useNotify } from '../../hooks/use-notify';
import { zaloDisplayName, zaloPhoneToken } from '../../platform/zalo';

// The resident's own name (not a child's or the deceased's). A schema flag would say this better;
// until the procedure format has one, these question ids are the ones that ask for it.
const OWN_NAME_QUESTION = /^(registrant|applicant|requester|owner)_full_name$/;

async function zaloPhone(): Promise<string | null> {
  const token = await zaloPhoneToken();
  return token ? exchangePhoneToken(token).catch(() => null) : null;
}

export function prefillKind(question: QuestionView): 'phone' | 'name' | null {
  if (question.type === 'phone') return 'phone';
  if (question.type === 'text' && OWN_NAME_QUESTION.test(question.id)) return 'name';
  return null;
}

export function PrefillButton({ kind, onFill }: { kind: 'phone' | 'name'; onFill: (value: string) => void }) {
  const { t } = useLanguage();
  const notify = useNotify();
  const [busy, setBusy] = useState(false);
  const fill = async () => {
    setBusy(true);
    const value = kind === 'phone' ? await zaloPhone() : await zaloDisplayName();
    setBusy(false);
    if (value) onFill(value);
    else notify(t('prefillFailed'));
  };
  return (
    <div className="field">
      <Button variant="secondary" size="medium" disabled={busy} onClick={() => void fill()}>
        {kind === 'phone' ? t('fillFromZaloPhone') : t('fillFromZaloName')}
      </Button>
      <p className="field-hint">{t('prefillAsk')}</p>
    </div>
  );
}
