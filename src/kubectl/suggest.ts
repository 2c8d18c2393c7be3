/**
 * "Did you mean this?" for unknown commands. Mirrors spf13/cobra command.go SuggestionsFor:
 * Levenshtein distance ≤ 2 (case-insensitive) or the typed word is a prefix of the name.
 */

/** Levenshtein distance (cobra's ld with ignoreCase). */
export function levenshtein(a: string, b: string): number {
  const s = a.toLowerCase();
  const t = b.toLowerCase();
  let prev = Array.from({ length: t.length + 1 }, (_, i) => i);
  for (let i = 1; i <= s.length; i++) {
    const cur = [i];
    for (let j = 1; j <= t.length; j++) {
      const cost = s[i - 1] === t[j - 1] ? 0 : 1;
      cur.push(Math.min((prev[j] ?? 0) + 1, (cur[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost));
    }
    prev = cur;
  }
  return prev[t.length] ?? 0;
}

/** Names (in the given order) that look like `typed`. */
export function suggestionsFor(typed: string, names: readonly string[]): string[] {
  return names.filter((n) => levenshtein(typed, n) <= 2 || n.toLowerCase().startsWith(typed.toLowerCase()));
}
