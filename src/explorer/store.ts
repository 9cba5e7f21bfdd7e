/** The one store: holds the state, applies producers, tells subscribers what changed. */
export class Store<S> {
  private listeners = new Set<(state: S, previous: S) => void>();

  constructor(private state: S) {}

  get(): S {
    return this.state;
  }

  /** Apply a producer; subscribers run only when it returned a new state. */
  update<A extends unknown[]>(producer: (state: S, ...args: A) => S, ...args: A): void {
    const previous = this.state;
    const next = producer(previous, ...args);
    if (next === previous) return;
    this.state = next;
    for (const listener of this.listeners) listener(next, previous);
  }

  subscribe(listener: (state: S, previous: S) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}
