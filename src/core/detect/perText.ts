/**
 * Answers about one text, kept while that text is the one asked about (the file analysed now): a file
 * asks about the same few names again and again, and each question reads the whole file, so answering
 * every call afresh made large files quadratic. A new text drops the old answers.
 */
export function perText<V>(): (text: string, key: string, answer: () => V) => V {
  let of: string | undefined;
  let answers = new Map<string, V>();
  return (text, key, answer) => {
    if (text !== of) {
      of = text;
      answers = new Map();
    }
    if (answers.has(key)) return answers.get(key) as V;
    const value = answer();
    answers.set(key, value);
    return value;
  };
}
