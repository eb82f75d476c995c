/** Simulated-time event queue: events run in (time, insertion) order, each at its own time. */

export interface ScheduledEvent {
  readonly at: number;
  readonly seq: number;
  readonly label: string;
  cancelled: boolean;
  run(): void;
}

export class Scheduler {
  private heap: ScheduledEvent[] = [];
  private seq = 0;

  schedule(at: number, label: string, run: () => void): ScheduledEvent {
    const ev: ScheduledEvent = { at, seq: this.seq++, label, cancelled: false, run };
    this.heap.push(ev);
    this.up(this.heap.length - 1);
    return ev;
  }

  /** Time of the next live event, or undefined. */
  peekTime(): number | undefined {
    this.dropCancelled();
    return this.heap[0]?.at;
  }

  /** Removes and returns the next live event due at or before `t`. */
  popDue(t: number): ScheduledEvent | undefined {
    this.dropCancelled();
    const top = this.heap[0];
    if (!top || top.at > t) return undefined;
    this.removeTop();
    return top;
  }

  get size(): number {
    return this.heap.length;
  }

  private dropCancelled() {
    while (this.heap.length && this.heap[0].cancelled) this.removeTop();
  }

  private removeTop() {
    const last = this.heap.pop()!;
    if (this.heap.length) {
      this.heap[0] = last;
      this.down(0);
    }
  }

  private less(a: ScheduledEvent, b: ScheduledEvent) {
    return a.at < b.at || (a.at === b.at && a.seq < b.seq);
  }

  private up(i: number) {
    const h = this.heap;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (!this.less(h[i], h[p])) break;
      [h[i], h[p]] = [h[p], h[i]];
      i = p;
    }
  }

  private down(i: number) {
    const h = this.heap;
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let m = i;
      if (l < h.length && this.less(h[l], h[m])) m = l;
      if (r < h.length && this.less(h[r], h[m])) m = r;
      if (m === i) return;
      [h[i], h[m]] = [h[m], h[i]];
      i = m;
    }
  }
}
