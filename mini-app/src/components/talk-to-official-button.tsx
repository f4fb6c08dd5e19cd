import { Button } from 'zmp-ui';
import { useLanguage } from '../i18n/language-context';
import { useTalkToOfficial, type HandoffTopic } from '../hooks/use-talk-to-official';

/** The way to a human, available on every step. */
export function TalkToOfficialButton({ topic, variant = 'tertiary' }: { topic: HandoffTopic; variant?: 'secondary' | 'tertiary' }) {
  const { t } = useLanguage();
  const { talk, busy } = useTalkToOfficial();
  return (
    <Button variant={variant} fullWidth disabled={busy} onClick={() => void talk(topic)}>
      {busy ? t('sending') : t('talkToOfficial')}
    </Button>
  );
}
