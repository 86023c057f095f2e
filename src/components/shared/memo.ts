/**
 * A value kept while what it is computed from stays the same: the inputs are listed, item by
 * item (compared with Object.is), so that what a derived value depends on is written where it
 * is computed, not implied by what it does not depend on.
 */
export class Memo<T> {
  #inputs: readonly unknown[] | undefined;
  #value: T | undefined;

  /** The value for `inputs`: the kept one when every input is the same as last time, else `make()`. */
  get(inputs: readonly unknown[], make: () => T): T {
    if (this.#inputs === undefined || this.#value === undefined || !same(inputs, this.#inputs)) {
      this.#value = make();
      this.#inputs = inputs;
    }
    return this.#value;
  }

  /** The value last made, if it is still kept. */
  get value(): T | undefined {
    return this.#value;
  }

  /** Forgets the value: the next get() makes a new one. */
  clear(): void {
    this.#inputs = undefined;
    this.#value = undefined;
  }
}

function same(a: readonly unknown[], b: readonly unknown[]): boolean {
  return a.length === b.length && a.every((v, i) => Object.is(v, b[i]));
}
