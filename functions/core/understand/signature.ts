// Reader -> signature: the lines a writer signs with (name, title, company, office address),
// where a mail says who and where its writer is without saying so in a sentence.
const SIGN_OFF =
  /^[ \t]*(?:best|best regards|kind regards|warm regards|warmest regards|regards|many thanks|thanks|thank you|thanks again|cheers|sincerely|yours sincerely|warmly|all the best|talk soon|speak soon|looking forward|saludos|un saludo|mit freundlichen grüßen|viele grüße|cordialement|bien à vous|met vriendelijke groet|groeten)\b[^\n]{0,30}$/i;
// Where the signature ends: quoted history, a forward's header block, a rule.
const HISTORY = /^[ \t]*(?:>|On .{4,120} wrote:|From:|-{3,}|_{3,}|Sent from my )/i;
const MAX_LINES = 10;

// A signature's first line: a name of two to four words, perhaps with letters after it.
const NAME_LINE =
  /^[ \t]*\p{Lu}[\p{L}'’.-]+(?:[ \t]+\p{Lu}[\p{L}'’.-]+){1,3}(?:,?[ \t]*\p{Lu}[\p{L}-]{1,7})*[ \t]*$/u;
const CONTACT = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+|\(?\+?\d[\d ()-]{7,}\d/;

// A line of a signature block: short, and no sentence's end ("… call me then.").
const BLOCK_LINE = (line: string) => {
  const text = line.trim();
  return text.length > 0 && text.length <= 60 && !/[\p{Ll},][.!?]$/u.test(text);
};

/** The first line of the paragraph that holds line `at` (at most `most` lines up). */
function paragraphStart(lines: string[], at: number, most: number): number {
  let first = at;
  while (first > 0 && (lines[first - 1] ?? '').trim() !== '' && at - first < most) first--;
  return first;
}

/**
 * Where a signature with no sign-off starts ("… call me at (715) 555-0193." then "Kayla Brekke,
 * BSN, RN" over a title, an address and a number): the last paragraph that gives an address or a
 * number, from the name and title just above it ("Kayla Brekke" / "Nurse Recruiter", then the
 * employer's address) or else its own first line, when that is a name. A form's answers start
 * with none.
 */
function unsignedOffBlock(lines: string[], end: number): number | null {
  for (let i = end - 1; i >= Math.max(0, end - 40); i--) {
    if (!CONTACT.test(lines[i] ?? '')) continue;
    const first = paragraphStart(lines, i, 5);
    const above = first - 2;
    if (above >= 0 && !(lines[first - 1] ?? '').trim() && BLOCK_LINE(lines[above] ?? '')) {
      const top = paragraphStart(lines, above, 2);
      const block = lines.slice(top, above + 1);
      if (NAME_LINE.test(lines[top] ?? '') && block.every(BLOCK_LINE)) return top;
    }
    if (NAME_LINE.test(lines[first] ?? '')) return first;
    i = first;
  }
  return null;
}

/** The signature lines of a text: those after its last sign-off, before any quoted history. */
export function signatureLines(body: string): string[] {
  const lines = body.slice(0, 40_000).split('\n');
  let end = lines.length;
  let start = -1;
  for (let i = lines.length - 1; i >= 0; i--) {
    const line = lines[i] ?? '';
    if (HISTORY.test(line)) {
      end = i;
      start = -1;
      continue;
    }
    if (i < end && SIGN_OFF.test(line)) {
      start = i + 1;
      break;
    }
  }
  const from = start === -1 ? (unsignedOffBlock(lines, end) ?? Math.max(0, end - 6)) : start;
  return lines
    .slice(from, Math.min(end, from + MAX_LINES))
    .map((line) => line.trim())
    .filter(Boolean);
}
