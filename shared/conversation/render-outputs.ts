/**
 * Channel converter for chat: turns the engine's neutral outputs into plain-text messages
 * (Zalo OA text has no markup, so structure is numbered lines).
 */
import type { EngineOutput } from '../engine/engine-types';
import type { ProcedureOverview } from '../engine/assessment-types';
import { formatDate } from '../validators/date-input';
import { pick, type Language } from '../i18n/language';
import { translate } from '../i18n/translate';
import { renderDocuments } from './render-documents';
import { renderFee, renderTime, unconfirmedMark } from './render-fee-and-time';
import { renderQuestion } from './render-question';

const ONLINE_LEVELS = {
  full: { vi: 'nộp trực tuyến toàn trình', en: 'fully online' },
  partial: { vi: 'nộp trực tuyến một phần (vẫn phải đến nơi để hoàn tất)', en: 'partly online (you still go in person to finish)' },
  inPerson: { vi: 'nộp trực tiếp', en: 'in person only' },
} as const;

function renderOverview(overview: ProcedureOverview, lang: Language): string {
  const vi = lang === 'vi';
  const code = overview.code ? ` (${vi ? 'mã' : 'code'} ${overview.code}${overview.codeStatus === 'confirmed' ? '' : vi ? ', cần xác nhận' : ', to be confirmed'})` : '';
  return [
    `📋 ${pick(overview.name, lang)}${code}`,
    pick(overview.summary, lang),
    `${vi ? 'Nơi giải quyết' : 'Where'}: ${pick(overview.agency.name, lang)}${unconfirmedMark(overview.agency.unconfirmed === true, lang)}`,
    `${vi ? 'Hình thức' : 'How'}: ${ONLINE_LEVELS[overview.onlineLevel.level][lang]}${unconfirmedMark(overview.onlineLevel.unconfirmed === true, lang)}`,
    renderTime(overview.time, lang),
    renderFee(overview.baseFee, lang),
    `${vi ? 'Kết quả' : 'Result'}: ${pick(overview.result, lang)}`,
    ...(overview.confidenceNote ? [`ℹ️ ${pick(overview.confidenceNote, lang)}`] : []),
  ].join('\n');
}

/** One chat message per output that needs one; notices use the fixed message catalogue. */
export function renderOutput(output: EngineOutput, lang: Language): string {
  const vi = lang === 'vi';
  switch (output.kind) {
    case 'overview':
      return renderOverview(output.overview, lang);
    case 'question':
      return renderQuestion(output, lang);
    case 'eligibility': {
      if (output.result === 'eligible') return vi ? '✅ Bạn đủ điều kiện làm thủ tục này.' : '✅ You can use this procedure.';
      const reasons = output.reasons.map((reason) => {
        const cites = reason.citations.map((c) => (c.article ? `${c.article}, ${c.document}` : c.document)).join('; ');
        return `${pick(reason.text, lang)}\n${vi ? 'Căn cứ' : 'Legal basis'}: ${cites}${unconfirmedMark(reason.unconfirmed, lang)}`;
      });
      const head = { notEligible: vi ? '❌ Bạn chưa đủ điều kiện làm thủ tục này.' : '❌ You cannot use this procedure.', otherProcedure: vi ? '➡️ Trường hợp của bạn cần một thủ tục khác.' : '➡️ Your case needs a different procedure.', talkToOfficial: vi ? '👤 Trường hợp của bạn cần cán bộ hướng dẫn trực tiếp.' : '👤 An official needs to guide you on this case.' }[output.result];
      return [head, ...reasons].join('\n');
    }
    case 'requirements':
      return [renderDocuments(output.documents, lang), renderFee(output.fee, lang), renderTime(output.time, lang)].join('\n\n');
    case 'consent':
      return `🔒 ${pick(output.text, lang)}\n\n${translate('consentQuestion', lang)}`;
    case 'review': {
      let number = 0;
      const groups = output.groups.map((group) => [`${pick(group.title, lang)}:`, ...group.items.map((item) => `${(number += 1)}. ${pick(item.label, lang)} → ${pick(item.display, lang)}`)].join('\n'));
      return [vi ? '📝 Vui lòng kiểm tra lại thông tin:' : '📝 Please check your answers:', ...groups, translate('reviewFooter', lang)].join('\n\n');
    }
    case 'receipt':
      return [
        vi ? `✅ Đã nộp hồ sơ "${pick(output.procedureName, lang)}".` : `✅ Filed: "${pick(output.procedureName, lang)}".`,
        `${vi ? 'Mã hồ sơ' : 'Reference'}: ${output.reference}`,
        vi ? `Dự kiến có kết quả: ${formatDate(output.dueDate)}` : `Expected result: ${formatDate(output.dueDate)}`,
        vi ? `Gõ "tra cứu ${output.reference}" bất cứ lúc nào để xem tình trạng hồ sơ.` : `Type "status ${output.reference}" at any time to see where it stands.`,
      ].join('\n');
    case 'notice':
      return output.notice === 'handoffRequested' || output.notice === 'infoOnly' ? '' : translate(output.notice, lang);
  }
}
