import { useEffect, useState } from 'react';
import type { DraftView } from '../../../shared/api/decisions-api.js';
import type { DatasetMetadata } from '../../../shared/metadata/model.js';
import type { PortalKind } from '../../../shared/metadata/portal-metadata-rules.js';
import type { MetadataIssue } from '../../../shared/metadata/validate-metadata.js';
import { api } from '../../api/api.js';
import { useCatalogue } from '../../i18n/screen-catalogue.js';
import { IssuesSummary } from '../describe/issues-summary.js';
import { publishCatalogue } from './publish-catalogue.js';

/** What stands between the draft and « Publier » for a portal. */
export interface Readiness {
  /** Flagged columns without a decision, or a pre-flight that found something. */
  gateBlocked: boolean;
  /** False while the draft has never been through the description form. */
  described: boolean;
  /** What the portal would refuse in the description; null while being checked. */
  issues: MetadataIssue[] | null;
  metadata: Partial<DatasetMetadata>;
  ready: boolean;
}

const MEMBERS = ['title', 'description', 'keywords', 'themes', 'producer', 'contact', 'licence', 'frequency', 'temporal', 'spatial', 'language', 'source', 'modified', 'schema'] as const;

function complete(metadata: Partial<DatasetMetadata>): metadata is DatasetMetadata {
  return MEMBERS.every((member) => metadata[member] !== undefined);
}

/**
 * Checks the draft for a portal engine as main will when « Publier » is clicked: the gate of
 * decisions, then the description against the base rules and the engine's (`metadata:validate`).
 */
export function usePublishReadiness(draft: DraftView, engine: PortalKind | null): Readiness {
  const [checked, setChecked] = useState<{ key: string; issues: MetadataIssue[] } | null>(null);
  const metadata = draft.metadata;
  const described = complete(metadata);
  const key = `${engine ?? ''} ${JSON.stringify(metadata)}`;

  useEffect(() => {
    if (!engine || !complete(metadata)) return;
    let current = true;
    void api['metadata:validate']({ metadata, portal: engine }).then((result) => {
      if (current && result.ok) setChecked({ key, issues: result.value.issues });
    });
    return () => {
      current = false;
    };
    // `key` stands for the metadata and the engine: the object itself is new at each draft update.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);

  const issues = checked?.key === key ? checked.issues : null;
  const gateBlocked = draft.gate.length > 0;
  return { gateBlocked, described, issues, metadata, ready: !gateBlocked && described && issues !== null && issues.length === 0 };
}

/** The reasons « Publier » is refused, in the clerk's words, or the assurance that nothing is. */
export function PublishReadiness({ readiness, target }: { readiness: Readiness; target: string }) {
  const t = useCatalogue(publishCatalogue);
  const { metadata } = readiness;
  return (
    <div id="publish-readiness" className="publish-readiness">
      {readiness.gateBlocked && <p className="warning">{t('ready.gate')}</p>}
      {!readiness.described && <p className="warning">{t('ready.no-description')}</p>}
      {readiness.described && readiness.issues && (
        <IssuesSummary issues={readiness.issues} target={target} lists={{ keywords: metadata.keywords ?? [], themes: metadata.themes ?? [] }} linkFields={false} />
      )}
    </div>
  );
}
