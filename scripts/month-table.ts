/**
 * The month names of one language as Google's labels write them: long and short, alone and inside a
 * date (genitive forms in Slavic languages, e.g. ru "июня"), lower-case, from the runtime's ICU data.
 * Used at build time only (scripts/make-month-tables.ts) and by the test that checks the committed table.
 */
export function monthTable(code: string): [string, number][] {
  const tag = code.replace('_', '-');
  const found = new Map<string, number>();
  const add = (name: string | undefined, month: number) => {
    const clean = name?.toLowerCase().replace(/\.$/, '').trim();
    if (clean && clean.length > 1 && !/^\d+$/.test(clean)) found.set(clean, month);
  };
  for (const options of [
    { month: 'long' },
    { month: 'short' },
    { day: 'numeric', month: 'long', year: 'numeric' },
    { day: 'numeric', month: 'short' },
  ] as const) {
    // Google's labels use the Gregorian calendar even where the locale's default is another (fa, th).
    const format = new Intl.DateTimeFormat(tag, { ...options, timeZone: 'UTC', calendar: 'gregory' });
    for (let month = 1; month <= 12; month++) {
      add(format.formatToParts(Date.UTC(2024, month - 1, 15, 12)).find((p) => p.type === 'month')?.value, month);
    }
  }
  return [...found].sort((a, b) => b[0].length - a[0].length || a[0].localeCompare(b[0]));
}

/**
 * Where Google's labels use other month names than CLDR's. Sinhala: CLDR has the traditional names
 * (දුරුතු, නවම්, …) while Google writes English months transliterated; the corpus shows ජූනි (June),
 * the others are the standard transliterations. A name that does not match is left unread, never guessed.
 */
export const GOOGLE_MONTH_NAMES: Record<string, [string, number][]> = {
  si: [
    ['ජනවාරි', 1],
    ['පෙබරවාරි', 2],
    ['මාර්තු', 3],
    ['අප්‍රේල්', 4],
    ['මැයි', 5],
    ['ජූනි', 6],
    ['ජූලි', 7],
    ['අගෝස්තු', 8],
    ['සැප්තැම්බර්', 9],
    ['ඔක්තෝබර්', 10],
    ['නොවැම්බර්', 11],
    ['දෙසැම්බර්', 12],
  ],
};

/** The table shipped for one Google language: Google's own names where they differ, then CLDR's. */
export function googleMonthTable(code: string): [string, number][] {
  return [...(GOOGLE_MONTH_NAMES[code] ?? []), ...monthTable(code)];
}
