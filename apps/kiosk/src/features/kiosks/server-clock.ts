/** How far the server's clock is ahead of this tablet's, taking the request's midpoint as when the server read it. */
export function measureClockOffsetMs(
  serverTime: string,
  sentAtMs: number,
  receivedAtMs: number,
): number {
  return Date.parse(serverTime) - (sentAtMs + receivedAtMs) / 2;
}

/** Now by the server's clock, as of the last measured offset: token windows are checked against it. */
export function readServerTime(clockOffsetMs: number, localNowMs: number = Date.now()): Date {
  return new Date(localNowMs + clockOffsetMs);
}
