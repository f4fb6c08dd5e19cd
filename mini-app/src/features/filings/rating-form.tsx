/** After a result: one tap on 1–5 stars sends the rating; a comment is optional and can follow. */
import { useState } from 'react';
import { Button } from 'zmp-ui';
import type { FilingDetailResponse } from '../../../../shared/api/mini-app-api-schemas';
import { ApiError, isApiError } from '../../api/api-error';
import { errorText } from '../../components/error-text';
import { useLanguage } from '../../i18n/language-context';
import { rateFiling } from './filings-api';

type Rating = NonNullable<FilingDetailResponse['rating']>;

export function RatingForm({ reference, rating, onRated }: { reference: string; rating: Rating | null; onRated: (rating: Rating) => void }) {
  const { t, lang } = useLanguage();
  const [score, setScore] = useState<number | null>(null);
  const [comment, setComment] = useState('');
  const [sending, setSending] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  if (rating) return <p className="notice notice-ok">{t('ratingThanks', { score: rating.score })}</p>;

  const send = async (chosen: number, withComment: string) => {
    setSending(true);
    setError(null);
    try {
      const text = withComment.trim();
      await rateFiling(reference, text ? { score: chosen, comment: text } : { score: chosen });
      onRated({ score: chosen, comment: text || null });
    } catch (caught) {
      setError(isApiError(caught) ? caught : new ApiError('NETWORK', null, 'Chưa gửi được. Vui lòng thử lại.'));
    } finally {
      setSending(false);
    }
  };

  return (
    <section className="section" aria-labelledby="rating-heading">
      <h2 id="rating-heading" className="section-title">{t('ratingQuestion')}</h2>
      <div className="field">
        <label htmlFor="rating-comment" className="field-label">
          {t('ratingComment')}
        </label>
        <textarea id="rating-comment" className="textarea" rows={2} maxLength={500} value={comment} onChange={(event) => setComment(event.target.value)} />
      </div>
      <div className="stars" role="group" aria-labelledby="rating-heading">
        {[1, 2, 3, 4, 5].map((value) => (
          <button
            key={value}
            type="button"
            className="star"
            aria-pressed={score === value}
            aria-label={t('ratingStar', { score: value })}
            disabled={sending}
            onClick={() => {
              setScore(value);
              void send(value, comment);
            }}
          >
            <span aria-hidden="true">{value}★</span>
          </button>
        ))}
      </div>
      {error ? (
        <div className="notice notice-error" role="alert">
          <p>{errorText(error, lang)}</p>
          {score !== null ? (
            <Button variant="secondary" size="medium" onClick={() => void send(score, comment)}>
              {t('retry')}
            </Button>
          ) : null}
        </div>
      ) : null}
    </section>
  );
}
