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

export type CsvEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

/** A file whose bytes are not text this reader can decode; the message says why and what to save instead. */
export class CsvEncodingError extends Error {}

/**
 * Windows-1252's bytes 0x80–0x9F; its other bytes are the Unicode code points of the same number. 0: no character
 * (the code page leaves five bytes undefined). Written out rather than asked of TextDecoder: Node since 20.18.3 and
 * 22.13.0 decodes 'windows-1252' as Latin-1 (nodejs/node#60888: 0x92 comes out as a control character, not ’), a
 * Node built without ICU has no windows-1252 at all, and the WHATWG decoder turns the five undefined bytes into
 * control characters where this reader wants to refuse them.
 */
const WINDOWS_1252_HIGH = [
  0x20ac, 0, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017d, 0,
  0, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0, 0x017e, 0x0178,
];

const lineOf = (bytes: Uint8Array, offset: number): number => bytes.subarray(0, offset).filter((b) => b === 0x0a).length + 1;

function decodeWindows1252(bytes: Uint8Array): string {
  let text = '';
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i];
    const code = b < 0x80 || b > 0x9f ? b : WINDOWS_1252_HIGH[b - 0x80];
    if (!code) {
      throw new CsvEncodingError(
        `neither UTF-8 nor Windows-1252 (byte 0x${b.toString(16).toUpperCase()} on line ${lineOf(bytes, i)} is no character in either): save it as "CSV UTF-8"`,
      );
    }
    text += String.fromCharCode(code);
  }
  return text;
}

/**
 * The text of a CSV file's bytes, and the encoding it was read in. UTF-8 (with or without a byte-order mark), read
 * strictly; UTF-16 when a byte-order mark says so (Excel's "Unicode text", tab-separated). Bytes that are not UTF-8
 * are read as Windows-1252, what Excel on Windows saves as plain "CSV" in western European languages: the caller
 * says so, since it is a guess. Never a U+FFFD in place of a letter: what cannot be read is a CsvEncodingError.
 */
export function decodeCsv(bytes: Uint8Array): { text: string; encoding: CsvEncoding } {
  const utf16 = bytes[0] === 0xff && bytes[1] === 0xfe ? 'utf-16le' : bytes[0] === 0xfe && bytes[1] === 0xff ? 'utf-16be' : undefined;
  if (utf16) {
    // Big-endian swapped to little-endian: Node without ICU decodes only the latter.
    const le = utf16 === 'utf-16le' ? bytes : bytes.map((_, i) => bytes[i % 2 ? i - 1 : i + 1] ?? 0);
    try {
      return { text: new TextDecoder('utf-16le', { fatal: true }).decode(le), encoding: utf16 };
    } catch {
      throw new CsvEncodingError(`starts as UTF-16 (a byte-order mark) but is not valid UTF-16: save it as "CSV UTF-8"`);
    }
  }
  // PK: a zip, which is what .xlsx and .ods workbooks are.
  if (bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04) {
    throw new CsvEncodingError('a spreadsheet workbook (.xlsx or .ods), not CSV: save the sheet as "CSV UTF-8"');
  }
  const nul = bytes.indexOf(0);
  if (nul >= 0) {
    throw new CsvEncodingError(
      `not a text file in UTF-8 (a zero byte on line ${lineOf(bytes, nul)}): UTF-16 without a byte-order mark, or not CSV at all? Save it as "CSV UTF-8"`,
    );
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
      // The byte-order mark says UTF-8, so this is not a Windows-1252 file but a UTF-8 one with foreign text in it.
      const text = new TextDecoder('utf-8').decode(bytes);
      const line = text.slice(0, text.indexOf('\uFFFD')).split('\n').length;
      throw new CsvEncodingError(`starts as UTF-8 (a byte-order mark) but line ${line} is not UTF-8 (text pasted from elsewhere?): retype it, or save the file again as "CSV UTF-8"`);
    }
    return { text: decodeWindows1252(bytes), encoding: 'windows-1252' };
  }
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
