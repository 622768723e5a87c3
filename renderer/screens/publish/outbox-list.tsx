import type { OutboxItemView } from '../../../shared/publish/outbox-item.js';
import type { PortalProfile } from '../../../shared/publish/portal-profile.js';
import { OutboxItemCard } from './outbox-item-card.js';
import type { OutboxAction } from './use-outbox.js';

interface OutboxListProps {
  /** Id of the list's heading, which names it for assistive technologies. */
  labelledBy: string;
  items: readonly OutboxItemView[];
  profiles: readonly PortalProfile[];
  empty: string;
  onAct: (action: OutboxAction, outboxId: number) => Promise<void>;
}

/** A list of publications of the outbox, newest first, each with its status and actions. */
export function OutboxList({ labelledBy, items, profiles, empty, onAct }: OutboxListProps) {
  if (items.length === 0) return <p className="muted">{empty}</p>;
  return (
    <ul className="outbox-list" aria-labelledby={labelledBy}>
      {items.map((item) => (
        <li key={item.outboxId}>
          <OutboxItemCard item={item} profile={profiles.find((profile) => profile.profileId === item.profileId)} onAct={onAct} />
        </li>
      ))}
    </ul>
  );
}
