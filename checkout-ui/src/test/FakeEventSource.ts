import { act } from '@testing-library/react';

/** Stands in for the browser's EventSource (jsdom has none); the test plays the server's part. */
export class FakeEventSource extends EventTarget {
  static readonly CONNECTING = 0;
  static readonly OPEN = 1;
  static readonly CLOSED = 2;
  static instances: FakeEventSource[] = [];

  readyState = FakeEventSource.CONNECTING;
  onopen: ((event: Event) => void) | null = null;
  onerror: ((event: Event) => void) | null = null;

  constructor(readonly url: string) {
    super();
    FakeEventSource.instances.push(this);
  }

  static reset(): void {
    FakeEventSource.instances = [];
  }

  static latest(): FakeEventSource {
    const source = FakeEventSource.instances.at(-1);
    if (!source) throw new Error('the page opened no EventSource');
    return source;
  }

  close(): void {
    this.readyState = FakeEventSource.CLOSED;
  }

  /**
   * Sends `payment` events as notification-service does, all before React renders (as when they
   * arrive in one network chunk); a closed stream delivers nothing more.
   */
  emitPayment(...events: Record<string, unknown>[]): void {
    act(() => {
      for (const data of events) {
        if (this.readyState === FakeEventSource.CLOSED) return;
        this.readyState = FakeEventSource.OPEN;
        this.dispatchEvent(new MessageEvent('payment', { data: JSON.stringify(data) }));
      }
    });
  }

  /** The server refused or ended the stream for good, so the browser stops reconnecting. */
  failForGood(): void {
    act(() => {
      this.readyState = FakeEventSource.CLOSED;
      this.onerror?.(new Event('error'));
    });
  }
}
