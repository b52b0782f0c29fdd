/**
 * One answer per distinct text. A plan writes the same few statuses, ratings, dates and entries
 * on thousands of rows, and a pure reading of a text need not be worked out again for each.
 * Bounded: past `limit` distinct texts the memory starts again, so a long session in the pane
 * or a huge plan cannot grow it without end. Only for readings that depend on the text alone.
 */
export function memoByText<T>(read: (text: string) => T, limit = 10_000): (text: string) => T {
  const answers = new Map<string, T>();
  return (text) => {
    let answer = answers.get(text);
    if (answer === undefined && !answers.has(text)) {
      if (answers.size >= limit) answers.clear();
      answer = read(text);
      answers.set(text, answer);
    }
    return answer as T;
  };
}
