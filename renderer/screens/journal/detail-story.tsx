import type { DatasetVersionSummary, JsonValue, PublicationEventView } from '../../../shared/history/publication-record.js';
import type { ErrorCode } from '../../../shared/errors.js';
import { useI18n } from '../../i18n/i18n.js';
import { useCatalogue } from '../../i18n/screen-catalogue.js';
import { detailCatalogue } from './detail-catalogue.js';
import { DetailSection, isWebAddress, PortalLink } from './detail-parts.js';
import { useJournalLabel } from './journal-labels.js';

/**
 * The publication's story, oldest step first, each with what was recorded with it. Steps are in
 * the order they happened: the scan and the decisions come before the record that gathers them.
 */
export function PublicationStory({ events }: { events: PublicationEventView[] }) {
  const t = useCatalogue(detailCatalogue);
  const label = useJournalLabel();
  const { date } = useI18n();
  const inTimeOrder = [...events].sort((a, b) => Date.parse(a.at) - Date.parse(b.at) || a.eventId - b.eventId);
  return (
    <DetailSection title={t('story')} className="story-section">
      {events.length === 0 ? (
        <p className="muted">{t('story.empty')}</p>
      ) : (
        <ol className="story">
          {inTimeOrder.map((event) => (
            <li key={event.eventId} className={`story-event event-${event.type}`}>
              <time dateTime={event.at}>{date(event.at)}</time>
              <strong>{label('event', event.type)}</strong>
              <EventDetails details={event.details} />
            </li>
          ))}
        </ol>
      )}
    </DetailSection>
  );
}

/** What an event carries (counts, portal answers, addresses); a failure's code in the clerk's words. */
function EventDetails({ details }: { details: Record<string, JsonValue> }) {
  const { number, error } = useI18n();
  const label = useJournalLabel();
  const entries = Object.entries(details);
  if (entries.length === 0) return null;
  const show = (key: string, value: JsonValue) => {
    if (key === 'code' && isErrorCode(value)) return error({ code: value, details: scalarDetails(details) });
    if (typeof value === 'number') return number(value);
    if (typeof value === 'string') return isWebAddress(value) ? <PortalLink href={value} /> : value;
    return JSON.stringify(value);
  };
  return (
    <dl className="event-details">
      {entries.map(([key, value]) => (
        <div key={key}>
          <dt>{label('detail', key)}</dt>
          <dd>{show(key, value)}</dd>
        </div>
      ))}
    </dl>
  );
}

/** True for a failure's code as main records it (`domain.reason`). */
function isErrorCode(value: JsonValue): value is ErrorCode {
  return typeof value === 'string' && /^[a-z][\w-]*\.[\w.-]+$/i.test(value);
}

/** The event's plain values, to fill the placeholders of a failure's sentence. */
function scalarDetails(details: Record<string, JsonValue>): Record<string, string | number | boolean | null> {
  const scalars: Record<string, string | number | boolean | null> = {};
  for (const [key, value] of Object.entries(details)) if (typeof value !== 'object' || value === null) scalars[key] = value;
  return scalars;
}

interface VersionListProps {
  versions: DatasetVersionSummary[];
  currentId: number;
  onOpen: (publicationId: number) => void;
}

/** Every version of the dataset on its portal; the others open with a button. */
export function VersionList({ versions, currentId, onOpen }: VersionListProps) {
  const t = useCatalogue(detailCatalogue);
  const label = useJournalLabel();
  const { date } = useI18n();
  return (
    <DetailSection title={t('versions')}>
      <ol className="version-list">
        {versions.map((version) => {
          const text = t('versions.item', { version: version.version, date: date(version.recordedAt), status: label('status', version.status) });
          return (
            <li key={version.publicationId}>
              {version.publicationId === currentId ? (
                <span aria-current="true">
                  {text} — <em>{t('versions.current')}</em>
                </span>
              ) : (
                <button type="button" className="link-button" onClick={() => onOpen(version.publicationId)}>
                  {text}
                </button>
              )}
            </li>
          );
        })}
      </ol>
    </DetailSection>
  );
}
