/**
 * CSV as spreadsheets write it (RFC 4180, and what Excel, LibreOffice and Google Sheets do beyond it): quoted cells
 * with doubled quotes and line breaks inside, CRLF or LF line ends, a UTF-8 byte-order mark, and the delimiter of the
 * spreadsheet's locale: `,`, or `;` where the decimal separator is a comma (Spanish, Catalan, French… Excel), or a tab.
 */

export type Delimiter = ',' | ';' | '\t';

export interface CsvRecord {
  /** The row number a spreadsheet shows: the header is row 1, so the first record is row 2. */
  row: number;
  cells: string[];
}

export interface CsvTable {
  delimiter: Delimiter;
  header: string[];
  records: CsvRecord[];
  /** What could not be read as the writer meant it, with the row it starts on. */
  problems: { row: number; message: string }[];
}

const DELIMITERS: Delimiter[] = [',', ';', '\t'];

/**
 * The delimiter of a file, judged from its header (the first record): the candidate that appears most often outside
 * quotes. A header names its columns without commas or semicolons, so it is a better witness than the data.
 */
export function detectDelimiter(text: string): Delimiter {
  const counts = new Map<Delimiter, number>(DELIMITERS.map((d) => [d, 0]));
  let quoted = false;
  for (const ch of text) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === '\n' || ch === '\r')) break;
    else if (!quoted && counts.has(ch as Delimiter)) counts.set(ch as Delimiter, counts.get(ch as Delimiter)! + 1);
  }
  // Ties (a one-column file) go to the comma, the standard's delimiter.
  return DELIMITERS.reduce((best, d) => (counts.get(d)! > counts.get(best)! ? d : best), ',');
}

/**
 * Every record of a CSV text, with the delimiter given or detected. Records whose cells are all blank (a
 * spreadsheet's trailing empty rows) are left out but still counted, so later row numbers stay those the spreadsheet
 * shows. A quote inside an unquoted cell is kept as a character, as spreadsheets do; a quoted cell that never
 * closes is reported, since everything after it was swallowed into it.
 */
export function parseCsv(text: string, delimiter?: Delimiter): CsvTable {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const d = delimiter ?? detectDelimiter(body);
  const rows: CsvRecord[] = [];
  const problems: CsvTable['problems'] = [];
  let cells: string[] = [];
  let cell = '';
  let row = 1;
  let i = 0;
  const n = body.length;
  const endRecord = (): void => {
    cells.push(cell);
    rows.push({ row, cells });
    cells = [];
    cell = '';
    row++;
  };
  while (i < n) {
    const ch = body[i];
    if (ch === '"' && cell === '') {
      // A quoted cell: up to the quote that is not doubled.
      const start = row;
      i++;
      let closed = false;
      while (i < n) {
        const c = body[i];
        if (c === '"') {
          if (body[i + 1] === '"') {
            cell += '"';
            i += 2;
            continue;
          }
          i++;
          closed = true;
          break;
        }
        // Line breaks inside quotes are part of the cell, written as \n whatever the file used.
        if (c === '\r') {
          cell += '\n';
          i += body[i + 1] === '\n' ? 2 : 1;
          continue;
        }
        cell += c;
        i++;
      }
      if (!closed) problems.push({ row: start, message: 'a quoted cell is never closed (a " is missing): the rest of the file was read into it' });
      // Text after the closing quote (`"a"b`) joins the cell, as spreadsheets read it.
      continue;
    }
    if (ch === d) {
      cells.push(cell);
      cell = '';
      i++;
    } else if (ch === '\r' || ch === '\n') {
      endRecord();
      i += ch === '\r' && body[i + 1] === '\n' ? 2 : 1;
    } else {
      cell += ch;
      i++;
    }
  }
  if (cell !== '' || cells.length) endRecord();
  const [first, ...records] = rows;
  return {
    delimiter: d,
    header: first ? first.cells : [],
    records: records.filter((record) => record.cells.some((c) => c.trim() !== '')),
    problems,
  };
}

/** One cell as CSV: quoted when it holds the delimiter, a quote, a line break, or spaces at either end. */
export function csvCell(value: string, delimiter: Delimiter = ','): string {
  return value.includes(delimiter) || /["\r\n]|^\s|\s$/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** Rows as CSV text, CRLF line ends as RFC 4180 writes them. */
export function writeCsv(rows: string[][], delimiter: Delimiter = ','): string {
  return rows.map((cells) => cells.map((c) => csvCell(c, delimiter)).join(delimiter)).join('\r\n') + '\r\n';
}
