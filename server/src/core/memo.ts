// A function of a string read once per distinct string, kept in a bounded table (emptied when full), for readings
// several rules or passes ask of the same text (a line, a title, an answer's prose). The table lives as long as the
// module, so it must hold only what the input alone decides.

/** `fn` memoised by its string argument, at most `max` entries kept (the table is emptied when it is full). */
export function memoByText<T>(fn: (text: string) => T, max: number): (text: string) => T {
  const table = new Map<string, T>();
  return (text: string): T => {
    // (one lookup when the text is known: `has` is asked only of a value that may be undefined)
    const known = table.get(text);
    if (known !== undefined || table.has(text)) return known as T;
    const value = fn(text);
    if (table.size >= max) table.clear();
    table.set(text, value);
    return value;
  };
}
