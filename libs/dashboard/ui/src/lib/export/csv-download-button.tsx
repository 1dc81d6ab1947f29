import { toCsv, type CsvValue } from './to-csv';

export interface CsvDownloadButtonProps {
  /** File name, e.g. `digital-services-trend.csv`. */
  filename: string;
  headers: readonly string[];
  rows: readonly (readonly CsvValue[])[];
  label?: string;
}

/** Downloads a table as a UTF-8 CSV file (with BOM so spreadsheets read accents right). */
export function CsvDownloadButton({ filename, headers, rows, label = 'Download CSV' }: CsvDownloadButtonProps) {
  const download = () => {
    const blob = new Blob(['\ufeff', toCsv(headers, rows)], { type: 'text/csv;charset=utf-8' });
    const url = URL.createObjectURL(blob);
    const a = document.createElement('a');
    a.href = url;
    a.download = filename;
    document.body.appendChild(a);
    a.click();
    a.remove();
    URL.revokeObjectURL(url);
  };
  return (
    <button type="button" className="button button--ghost" onClick={download}>
      {label}
    </button>
  );
}
