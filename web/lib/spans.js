// Drafts point into their press release with BYTE offsets [begin, end) into its UTF-8 text; a
// JavaScript string counts UTF-16 units. This converts once per text.
export function byteToCharIndex(text) {
  const encoder = new TextEncoder();
  const map = new Map([[0, 0]]);
  let bytes = 0;
  let index = 0;
  for (const char of text) {  // by code point
    bytes += encoder.encode(char).length;
    index += char.length;
    map.set(bytes, index);
  }
  // An offset inside a character (never from kenes) is moved to the character's end.
  return offset => {
    while (offset > 0 && !map.has(offset)) offset--;
    return map.get(offset) ?? 0;
  };
}

// Splits `text` into pieces, each either plain or covered by one or more marks
// ({begin, end, label} in bytes), for highlighting evidence.
export function highlight(text, marks) {
  const at = byteToCharIndex(text);
  const spans = marks.map(m => ({...m, from: at(m.begin), to: at(m.end)}))
      .filter(m => m.to > m.from);
  const cuts = new Set([0, text.length]);
  for (const m of spans) { cuts.add(m.from); cuts.add(m.to); }
  const points = [...cuts].sort((a, b) => a - b);
  const pieces = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const from = points[i];
    const to = points[i + 1];
    const covering = spans.filter(m => m.from <= from && m.to >= to);
    pieces.push({text: text.slice(from, to), marks: covering});
  }
  return pieces;
}

// The evidence of a draft as a flat list of marks: {"date":[6,16], "audience":{"miners":[..]}}.
export function evidenceMarks(evidence) {
  const marks = [];
  for (const [field, value] of Object.entries(evidence || {})) {
    if (Array.isArray(value) && value.length === 2 && typeof value[0] === 'number') {
      marks.push({field, begin: value[0], end: value[1]});
    } else if (value && typeof value === 'object') {
      for (const [detail, span] of Object.entries(value)) {
        if (Array.isArray(span)) marks.push({field, detail, begin: span[0], end: span[1]});
      }
    }
  }
  return marks;
}
