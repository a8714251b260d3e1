/**
 * Test helper: parse an Anki text file (the `#` headers, then rows with `"…"` quoting) the way Anki does.
 */

/** The headers (`separator` → `tab`…) and the rows of an Anki text file. */
export function parseAnkiText(text: string): { headers: Map<string, string>; rows: string[][] } {
  const headers = new Map<string, string>();
  let offset = 0;
  while (text.startsWith('#', offset)) {
    const end = text.indexOf('\n', offset);
    const line = text.slice(offset + 1, end);
    const colon = line.indexOf(':');
    headers.set(line.slice(0, colon), line.slice(colon + 1));
    offset = end + 1;
  }
  const separator = headers.get('separator') === 'comma' ? ',' : '\t';
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let index = offset; index < text.length; index++) {
    const char = text[index]!;
    if (quoted) {
      if (char === '"' && text[index + 1] === '"') {
        field += '"';
        index++;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"' && field === '') quoted = true;
    else if (char === separator) {
      row.push(field);
      field = '';
    } else if (char === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += char;
  }
  if (field !== '' || row.length > 0) rows.push([...row, field]);
  return { headers, rows };
}
