/**
 * The last messages both ways. Residents' words are rendered as text nodes only (React escapes
 * them): a message that looks like HTML or a script shows as the characters the resident typed.
 */
import type { HandoffItem } from '../../../../../shared/api/console-handoff-schemas';
import { formatTime } from '../../lib/format-time';

const AUTHORS: Record<HandoffItem['lastMessages'][number]['from'], string> = { resident: 'Người dân', bot: 'Bot', official: 'Cán bộ' };

export function MessageList({ messages }: { messages: HandoffItem['lastMessages'] }) {
  if (messages.length === 0) return <p className="empty-note">Chưa có tin nhắn nào.</p>;
  return (
    <ol className="message-list" aria-label="Tin nhắn gần nhất">
      {messages.map((message, index) => (
        <li key={`${message.at}-${index}`} className={`message message--${message.from}`}>
          <p className="message__meta">
            <span className="message__author">{AUTHORS[message.from]}</span> · <time dateTime={message.at}>{formatTime(message.at)}</time>
          </p>
          <p className="message__text">{message.text}</p>
        </li>
      ))}
    </ol>
  );
}
