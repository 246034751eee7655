export type DatasetErrorKind = 'offline' | 'network' | 'timeout' | 'http' | 'format' | 'validation';

/** A dataset that could not be loaded, with where it went wrong: file, record and field. */
export class DatasetError extends Error {
  readonly file: string;
  readonly kind: DatasetErrorKind;
  /** The record and field, e.g. `shares[3].share`; empty when the whole file is at fault. */
  readonly location: string;
  readonly detail: string;
  readonly status: number | undefined;

  constructor(options: {
    file: string;
    kind: DatasetErrorKind;
    detail: string;
    location?: string;
    status?: number;
  }) {
    const location = options.location ?? '';
    super([options.file, location, options.detail].filter(Boolean).join(': '));
    this.name = 'DatasetError';
    this.file = options.file;
    this.kind = options.kind;
    this.location = location;
    this.detail = options.detail;
    this.status = options.status;
  }

  /**
   * Network trouble, time-outs, 5xx and 429 may pass; 4xx and bad data will not. Offline, a
   * retry would wait for the network and leave a spinner up: the person sees why and retries.
   */
  get retryable(): boolean {
    if (this.kind === 'network' || this.kind === 'timeout') return true;
    if (this.kind === 'http' && this.status !== undefined) {
      return this.status >= 500 || this.status === 429;
    }
    return false;
  }
}
