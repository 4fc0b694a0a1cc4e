import { describe, expect, it } from 'vitest';
import { createSseParser, type SseMessage } from './sse-parser';

function parseAll(chunks: string[]): SseMessage[] {
  const parser = createSseParser();
  return chunks.flatMap((chunk) => parser.push(chunk));
}

const occupancyStream =
  'event: occupancy\ndata: {"present":3}\n\n' +
  ': keep-alive\n\n' +
  'event: kiosk-message\ndata: {"message":"Bonjour"}\n\n';

describe('createSseParser', () => {
  it('reads the event type and data of each message, and skips comments', () => {
    expect(parseAll([occupancyStream])).toEqual([
      { event: 'occupancy', data: '{"present":3}', lastEventId: null },
      { event: 'kiosk-message', data: '{"message":"Bonjour"}', lastEventId: null },
    ]);
  });

  it('gives the same messages however the network splits the stream', () => {
    const whole = parseAll([occupancyStream]);
    expect(parseAll([...occupancyStream])).toEqual(whole);
    expect(
      parseAll([
        occupancyStream.slice(0, 9),
        occupancyStream.slice(9, 40),
        occupancyStream.slice(40),
      ]),
    ).toEqual(whole);
  });

  it('waits for the blank line before dispatching', () => {
    const parser = createSseParser();
    expect(parser.push('event: occupancy\ndata: {}\n')).toEqual([]);
    expect(parser.push('\n')).toHaveLength(1);
  });

  it('joins several data lines with a line feed', () => {
    expect(parseAll(['data: first\ndata: second\n\n'])[0]?.data).toBe('first\nsecond');
  });

  it('accepts CRLF and CR line endings, even a CRLF split between chunks', () => {
    // The last CR could still be half a CRLF: the next chunk (here a comment) settles it.
    expect(parseAll(['event: a\r\ndata: 1\r', '\n\r', '\nevent: b\rdata: 2\r\r', ':'])).toEqual([
      { event: 'a', data: '1', lastEventId: null },
      { event: 'b', data: '2', lastEventId: null },
    ]);
  });

  it('calls a message without event type « message », and drops one without data', () => {
    expect(parseAll(['event: ping\n\ndata: hello\n\n'])).toEqual([
      { event: 'message', data: 'hello', lastEventId: null },
    ]);
  });

  it('strips only one space after the colon, and keeps the last id', () => {
    expect(parseAll(['id: 42\ndata:  indented\n\n'])).toEqual([
      { event: 'message', data: ' indented', lastEventId: '42' },
    ]);
  });

  it('ignores a byte order mark at the start of the stream', () => {
    expect(parseAll(['\uFEFFdata: x\n\n'])).toEqual([
      { event: 'message', data: 'x', lastEventId: null },
    ]);
  });
});
