/**
 * The case cannot be filed here (GOV.UK exit page): why, in the procedure's own words, and what to
 * do instead; the answer that decided it can be changed.
 */
import type { FlowScreen } from './run-flow';

type EligibilityScreen = Extract<FlowScreen, { kind: 'eligibility' }>;

const NEXT: Record<EligibilityScreen['result'], string> = {
  eligible: 'Thủ tục này không nhận hồ sơ trực tuyến qua Zalo. Hãy hướng dẫn người dân nộp tại Bộ phận Một cửa.',
  notEligible: 'Với các câu trả lời này, người dân chưa đủ điều kiện làm thủ tục này.',
  otherProcedure: 'Người dân cần làm một thủ tục khác. Hãy chọn lại thủ tục.',
  talkToOfficial: 'Trường hợp này cần cán bộ hướng dẫn trực tiếp. Hãy mời người dân trao đổi với cán bộ tại Bộ phận Một cửa.',
};

export function EligibilityOutcome({ screen, otherProcedureName }: { screen: EligibilityScreen; otherProcedureName: string | undefined }) {
  return (
    <div className="eligibility-outcome">
      <p className="error-message">Chưa thể chuẩn bị hồ sơ này cho người dân.</p>
      <p>{NEXT[screen.result]}</p>
      {otherProcedureName ? <p>Thủ tục phù hợp: {otherProcedureName}.</p> : null}
      <ul className="plain-list">
        {screen.reasons.map((reason) => (
          <li key={reason.ruleId}>{reason.text.vi}</li>
        ))}
      </ul>
    </div>
  );
}
