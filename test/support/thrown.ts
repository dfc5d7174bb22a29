// The tests of a reader that refuses bad input compare why it refused: the `reason` of its own error.

/**
 * The `reason` of the `kind` error that `fn` throws, or undefined when it throws nothing. Any other
 * error is thrown on: a crash is not a refusal.
 */
export function reasonThrown<Reason>(
  fn: () => unknown,
  kind: abstract new (...args: never[]) => { readonly reason: Reason },
): Reason | undefined {
  try {
    fn();
  } catch (e) {
    if (e instanceof kind) return e.reason;
    throw e;
  }
  return undefined;
}
