/**
 * A token bucket: `capacity` messages at once, refilled at `perSecond`. One per connection and kind of
 * message, so a phone that floods joins or votes is slowed without affecting anyone else.
 */
export interface Bucket {
  take(): boolean;
}

export const tokenBucket = (capacity: number, perSecond: number, now: () => number): Bucket => {
  let tokens = capacity;
  let last = now();
  return {
    take() {
      const t = now();
      tokens = Math.min(capacity, tokens + (Math.max(0, t - last) / 1000) * perSecond);
      last = t;
      if (tokens < 1) return false;
      tokens -= 1;
      return true;
    },
  };
};

export interface RateLimits {
  /** Joins, and rooms opened or resumed, per connection: burst and per second. */
  readonly join: readonly [number, number];
  /** Votes per connection. */
  readonly vote: readonly [number, number];
  /** All messages per connection. */
  readonly any: readonly [number, number];
}

export const DEFAULT_RATE_LIMITS: RateLimits = { join: [5, 0.5], vote: [10, 2], any: [60, 30] };
