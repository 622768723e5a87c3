import type { ReactNode } from 'react';
import { useId } from 'react';
import { useCatalogue } from '../../i18n/screen-catalogue.js';
import { detailCatalogue } from './detail-catalogue.js';

/** A label and its value; empty values are left out rather than shown as blanks. */
export type Fact = [label: string, value: ReactNode];

/** A titled section of the detail, labelled by its heading for screen-reader navigation. */
export function DetailSection({ title, children, className }: { title: string; children: ReactNode; className?: string }) {
  const headingId = useId();
  return (
    <section className={className ? `detail-section ${className}` : 'detail-section'} aria-labelledby={headingId}>
      <h3 id={headingId}>{title}</h3>
      {children}
    </section>
  );
}

/** Facts as a description list. */
export function FactList({ facts }: { facts: Fact[] }) {
  const shown = facts.filter(([, value]) => value !== null && value !== undefined && value !== '');
  return (
    <dl className="fact-list">
      {shown.map(([label, value]) => (
        <div key={label} className="fact">
          <dt>{label}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}

interface RecordTableProps {
  caption: string;
  headers: string[];
  rows: ReactNode[][];
  /** Said instead of an empty table. */
  empty: string;
}

/** Recorded items (findings, decisions…) as a table with column headers, or a sentence when none. */
export function RecordTable({ caption, headers, rows, empty }: RecordTableProps) {
  if (rows.length === 0) return <p className="muted">{empty}</p>;
  return (
    <table className="record-table">
      <caption className="sr-only">{caption}</caption>
      <thead>
        <tr>
          {headers.map((header) => (
            <th key={header} scope="col">{header}</th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((cells, row) => (
          <tr key={row}>
            {cells.map((cell, column) => (
              <td key={column}>{cell}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** True for an address the journal may turn into a link: only the web, never `javascript:` or `file:`. */
export function isWebAddress(text: string): boolean {
  return /^https?:\/\//i.test(text);
}

/**
 * A portal page, opened outside the app (a new browser tab, or the clerk's browser from
 * Electron), never inside it.
 */
export function PortalLink({ href, children }: { href: string; children?: ReactNode }) {
  const t = useCatalogue(detailCatalogue);
  if (!isWebAddress(href)) return <span className="address">{href}</span>;
  return (
    <a className="address" href={href} target="_blank" rel="noreferrer">
      {children ?? href}
      <span className="sr-only"> {t('newWindow')}</span>
    </a>
  );
}
