/** The receipt: reference code (with a QR code to show at the desk), when it was filed, the due date, papers and fee. */
import { Button, useNavigate } from 'zmp-ui';
import type { EngineOutput } from '../../../../shared/engine/engine-types';
import { FilingDates } from '../../components/filing-dates';
import { PapersAndFee } from '../../components/papers-and-fee';
import { QrCode } from '../../components/qr-code';
import { useLanguage } from '../../i18n/language-context';

type Receipt = Extract<EngineOutput, { kind: 'receipt' }>;

export function ReceiptScreen({ receipt }: { receipt: Receipt }) {
  const { t, loc } = useLanguage();
  const navigate = useNavigate();
  return (
    <>
      <div className="notice notice-ok">
        <h1 className="page-title">{t('receiptHeading')}</h1>
        <p>{loc(receipt.procedureName)}</p>
      </div>
      <p>{t('receiptReference')}</p>
      <p className="reference">{receipt.reference}</p>
      <QrCode value={receipt.reference} label={t('qrAlt', { reference: receipt.reference })} />
      <p>{t('receiptKeep')}</p>
      <FilingDates receivedAt={receipt.receivedAt} dueDate={receipt.dueDate} />
      <PapersAndFee documents={receipt.documents} fee={receipt.fee} idPrefix="receipt" />
      <div className="actions">
        {/* Replaces the finished flow in the history: Back from the filing must not reopen the wizard, which would start the procedure again. */}
        <Button fullWidth onClick={() => navigate(`/filings/${receipt.reference}`, { replace: true })}>
          {t('viewMyFilings')}
        </Button>
        <Button variant="secondary" fullWidth onClick={() => navigate('/', { replace: true })}>
          {t('backToHome')}
        </Button>
      </div>
    </>
  );
}
