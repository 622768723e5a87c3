import type * as SheetJsModule from 'xlsx';

type SheetJs = typeof SheetJsModule;

let loading: Promise<SheetJs> | null = null;

/**
 * SheetJS, loaded on first use only: the XLSX and ODS readers never need it, and it costs a
 * noticeable start-up. The code pages are installed so Excel 5/95 files written in a code page
 * other than Windows-1252 decode correctly.
 */
export function loadSheetJs(): Promise<SheetJs> {
  loading ??= (async () => {
    const sheetJs = await import('xlsx');
    const codePages: unknown = await import('xlsx/dist/cpexcel.full.mjs');
    sheetJs.set_cptable(codePages);
    return sheetJs;
  })();
  return loading;
}
