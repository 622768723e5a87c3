import { useEffect, useMemo, useState } from 'react';
import type { DraftView } from '../../../shared/api/decisions-api.js';
import type { TableState } from '../../../shared/api/files-api.js';
import type { LegalGround } from '../../../shared/detect/legal-grounds.js';
import { dismissFinding, restoreFinding } from '../../../shared/decisions/draft-changes.js';
import { api } from '../../api/api.js';
import { useCatalogue } from '../../i18n/screen-catalogue.js';
import { DataGrid } from '../preview/data-grid.js';
import { useTable } from '../preview/use-table.js';
import { FindingDetail } from './finding-detail.js';
import { dismissalOf, findingKey, FindingList } from './finding-list.js';
import { KAnonymityPanel } from './k-anonymity-panel.js';
import { reviewCatalogue } from './review-catalogue.js';
import type { DraftSession } from './use-draft.js';
import { ProtectedFlagPanel } from './protected-flag-panel.js';

interface ReviewStepProps {
  draft: DraftView;
  table: TableState | null;
  session: DraftSession;
}

/**
 * « Données personnelles »: every finding with its evidence; choosing one highlights its example
 * cells in the source table; a finding can be dismissed with a reason (and restored); the secrets
 * the headers suggest; k-anonymity over chosen quasi-identifiers.
 */
export function ReviewStep({ draft, table, session }: ReviewStepProps) {
  const t = useCatalogue(reviewCatalogue);
  const [chosen, setChosen] = useState<string | null>(null);
  const [scrollTo, setScrollTo] = useState<{ row: number; column?: number } | null>(null);
  const grounds = useLegalGrounds();
  const selected = draft.findings.find((finding) => findingKey(finding) === chosen) ?? draft.findings[0] ?? null;
  const highlighted = useMemo(() => new Set(selected?.evidence.exampleRows ?? []), [selected]);

  const select = (key: string) => {
    setChosen(key);
    const finding = draft.findings.find((each) => findingKey(each) === key);
    const first = finding?.evidence.exampleRows[0];
    if (finding && first !== undefined) setScrollTo({ row: first, column: finding.columnIndex });
  };

  return (
    <div className="review-step">
      <p className="muted step-intro">{draft.findings.length === 0 ? t('none') : t('intro')}</p>
      {selected && (
        <div className="review-body">
          <FindingList findings={draft.findings} dismissals={draft.dismissals} selected={findingKey(selected)} onSelect={select} />
          <FindingDetail
            finding={selected}
            dismissal={dismissalOf(draft.dismissals, selected)}
            grounds={grounds}
            onShowRow={table ? (row) => setScrollTo({ row, column: selected.columnIndex }) : null}
            onDismiss={(reason) =>
              session.change(
                (draftId) => api['drafts:dismiss']({ draftId, columnIndex: selected.columnIndex, category: selected.category, reason }),
                (content) => dismissFinding(content, selected.columnIndex, selected.category, reason),
              )
            }
            onRestore={() =>
              void session.change(
                (draftId) => api['drafts:restore-finding']({ draftId, columnIndex: selected.columnIndex, category: selected.category }),
                (content) => restoreFinding(content, selected.columnIndex, selected.category),
              )
            }
          />
        </div>
      )}
      {table ? (
        <ReviewGrid
          name={draft.sourceName}
          table={table}
          highlightedRows={highlighted}
          highlightedColumn={selected?.columnIndex ?? null}
          scrollTo={scrollTo}
          onSelectColumn={(index) => {
            const finding = draft.findings.find((each) => each.columnIndex === index);
            if (finding) select(findingKey(finding));
          }}
        />
      ) : (
        <p className="muted">{t('grid.unavailable')}</p>
      )}
      <ProtectedFlagPanel draft={draft} grounds={grounds} session={session} />
      {draft.columns.length > 0 && draft.fileId && <KAnonymityPanel draft={draft} />}
    </div>
  );
}

/** The legal grounds of CRPA L311-5 and L311-6, as main lists them. */
function useLegalGrounds(): LegalGround[] {
  const [grounds, setGrounds] = useState<LegalGround[]>([]);
  useEffect(() => {
    let current = true;
    void api['scan:legal-grounds']({}).then((result) => current && result.ok && setGrounds(result.value));
    return () => {
      current = false;
    };
  }, []);
  return grounds;
}

interface ReviewGridProps {
  name: string;
  table: TableState;
  highlightedRows: ReadonlySet<number>;
  highlightedColumn: number | null;
  scrollTo: { row: number; column?: number } | null;
  /** A column header chosen in the table: its first finding is shown. */
  onSelectColumn: (index: number) => void;
}

/** The source table with the selected finding's example cells highlighted. */
function ReviewGrid({ name, table, highlightedRows, highlightedColumn, scrollTo, onSelectColumn }: ReviewGridProps) {
  const view = useTable(table);
  const info = view.info;
  if (!info) return null;
  return (
    <div className="review-grid">
      <DataGrid
        name={name}
        columns={info.columns}
        rowCount={info.rowCount}
        view={view}
        selectedColumn={highlightedColumn}
        onSelectColumn={onSelectColumn}
        highlightedRows={highlightedRows}
        highlightedColumn={highlightedColumn}
        scrollTo={scrollTo}
      />
    </div>
  );
}
