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

async function zaloPhone(): Promise<string | null> {
  const token = await zaloPhoneToken();
  return token ? exchangePhoneToken(token).catch(() => null) : null;
}

export function prefillKind(question: QuestionView): 'phone' | 'name' | null {
  if (question.type === 'phone') return 'phone';
  // Only where the procedure says the answer is the resident's own name (not a child's, say).
  if (question.prefill === 'zaloName') return 'name';
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
