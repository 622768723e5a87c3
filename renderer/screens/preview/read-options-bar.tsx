import { useState } from 'react';
import type { ReadOptions, TableInfo } from '../../../shared/api/files-api.js';
import { useI18n } from '../../i18n/i18n.js';
import type { MessageKey } from '../../i18n/catalogue-fr.js';

const ENCODINGS = ['utf-8', 'utf-16le', 'utf-16be', 'windows-1252', 'iso-8859-15', 'ibm850', 'macintosh'] as const;
const DELIMITERS = [';', ',', '\t', '|'] as const;

/**
 * The reading choices, each showing what was detected and overridable: sheet, header row, and
 * for text files the encoding and the delimiter. A change reopens the table with a live preview.
 */
export function ReadOptionsBar({ info, onChange }: { info: TableInfo; onChange: (options: ReadOptions) => void }) {
  const { t } = useI18n();
  const [headerRow, setHeaderRow] = useState(String(info.headerRow ?? 1));
  const base: ReadOptions = {
    ...(info.sheet ? { sheet: info.sheet } : {}),
    ...(info.format === 'csv' && info.encoding ? { encoding: info.encoding } : {}),
    ...(info.format === 'csv' && info.delimiter ? { delimiter: info.delimiter } : {}),
  };
  const applyHeaderRow = () => {
    const row = Number(headerRow);
    if (Number.isInteger(row) && row >= 1 && row !== info.headerRow) onChange({ ...base, headerRow: row });
  };
  return (
    <div className="options-bar" role="group">
      <span className="badge">{t('preview.format')} : {info.format.toUpperCase()}</span>
      {info.sheets.length > 0 && (
        <label>
          {t('preview.sheet')}
          <select value={info.sheet ?? ''} onChange={(event) => onChange({ sheet: event.target.value })}>
            {info.sheets.map((sheet) => (
              <option key={sheet.name} value={sheet.name}>
                {sheet.hidden ? t('preview.sheet.hidden', { name: sheet.name }) : !sheet.hasTable ? t('preview.sheet.empty', { name: sheet.name }) : sheet.name}
              </option>
            ))}
          </select>
        </label>
      )}
      <label>
        {t('preview.headerRow')}
        <input
          type="number"
          min={1}
          value={headerRow}
          onChange={(event) => setHeaderRow(event.target.value)}
          onBlur={applyHeaderRow}
          onKeyDown={(event) => event.key === 'Enter' && applyHeaderRow()}
        />
      </label>
      {info.format === 'csv' && (
        <>
          <label>
            {t('preview.encoding')}
            <select value={info.encoding ?? ''} onChange={(event) => onChange({ ...base, encoding: event.target.value })}>
              {ENCODINGS.map((encoding) => (
                <option key={encoding} value={encoding}>{encoding}</option>
              ))}
            </select>
          </label>
          <label>
            {t('preview.delimiter')}
            <select value={info.delimiter ?? ''} onChange={(event) => onChange({ ...base, delimiter: event.target.value })}>
              {DELIMITERS.map((delimiter) => (
                <option key={delimiter} value={delimiter}>{t(`delimiter.${delimiter}` as MessageKey)}</option>
              ))}
            </select>
          </label>
        </>
      )}
    </div>
  );
}
