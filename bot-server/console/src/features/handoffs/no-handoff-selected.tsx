/** The detail column before a handoff is picked. */
export function NoHandoffSelected() {
  return (
    <section className="inbox__detail inbox__detail--empty" aria-label="Chi tiết yêu cầu">
      <p>Chọn một yêu cầu trong danh sách để xem tin nhắn và trả lời người dân.</p>
    </section>
  );
}
