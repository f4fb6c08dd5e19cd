/** The four steps of preparing a filing, the current one marked for screen readers as well as by look. */
export type StepKey = 'resident' | 'procedure' | 'questions' | 'review';

const STEPS: { key: StepKey; label: string }[] = [
  { key: 'resident', label: 'Người dân' },
  { key: 'procedure', label: 'Thủ tục' },
  { key: 'questions', label: 'Trả lời câu hỏi' },
  { key: 'review', label: 'Kiểm tra và gửi' },
];

export function StepIndicator({ current }: { current: StepKey }) {
  return (
    <ol className="step-indicator" aria-label="Các bước chuẩn bị hồ sơ">
      {STEPS.map((step, index) => (
        <li key={step.key} aria-current={step.key === current ? 'step' : undefined}>
          <span className="step-indicator__number">{index + 1}</span> {step.label}
        </li>
      ))}
    </ol>
  );
}
