/**
 * An answer worked out once per distinct reading within one run (of the rules, or of the
 * summary). Rows that hold the same end date, status or update log share one frozen reading
 * (read-plan-sheet.ts), and an answer that depends only on such readings (and on the run's
 * as-of date and settings, fixed for the run) need not be worked out again for each of them: a
 * generated plan of 20,000 actions has 55,000 findings but fewer than 2,000 distinct messages.
 * Keys are compared by identity (Map's SameValueZero), so readings that are not shared are
 * simply worked out once each. Made inside the run (a rule's `check`), so nothing outlives it
 * and a different as-of date or settings never sees another run's answers.
 */
export function perReading<K, V>(work: (key: K) => V): (key: K) => V {
  const answers = new Map<K, V>();
  return (key) => {
    let answer = answers.get(key);
    if (answer === undefined && !answers.has(key)) {
      answer = work(key);
      answers.set(key, answer);
    }
    return answer as V;
  };
}

/**
 * As perReading, for an answer that depends on two readings (an end date and a status). `row`,
 * the first row seen with the pair, is handed to `work` for functions that take a whole action;
 * `work` must read nothing of it but the two readings, or rows would get each other's answers.
 */
export function perReadings<A, B, V, R = undefined>(work: (a: A, b: B, row: R) => V): (a: A, b: B, row?: R) => V {
  const byFirst = new Map<A, Map<B, V>>();
  return (a, b, row) => {
    let bySecond = byFirst.get(a);
    if (!bySecond) {
      bySecond = new Map();
      byFirst.set(a, bySecond);
    }
    let answer = bySecond.get(b);
    if (answer === undefined && !bySecond.has(b)) {
      answer = work(a, b, row as R);
      bySecond.set(b, answer);
    }
    return answer as V;
  };
}
