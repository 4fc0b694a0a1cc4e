export type SseMessage = {
  /** The `event:` field, `message` when the server sent none. */
  event: string;
  /** The `data:` lines joined with a line feed. */
  data: string;
  /** The last `id:` seen on the stream, or null. */
  lastEventId: string | null;
};

export type SseParser = {
  /** Feeds decoded text as it arrives (any split) and returns the messages it completed. */
  push: (chunk: string) => SseMessage[];
};

/** An incremental text/event-stream parser (WHATWG HTML « Server-sent events », §9.2.6). */
export function createSseParser(): SseParser {
  let buffer = '';
  let isStreamStart = true;
  let eventType = '';
  let dataLines: string[] = [];
  let lastEventId: string | null = null;

  const processLine = (line: string, messages: SseMessage[]) => {
    if (line === '') {
      if (dataLines.length > 0)
        messages.push({ event: eventType || 'message', data: dataLines.join('\n'), lastEventId });
      eventType = '';
      dataLines = [];
      return;
    }
    if (line.startsWith(':')) return;
    const colon = line.indexOf(':');
    const field = colon === -1 ? line : line.slice(0, colon);
    const rawValue = colon === -1 ? '' : line.slice(colon + 1);
    const value = rawValue.startsWith(' ') ? rawValue.slice(1) : rawValue;
    if (field === 'event') eventType = value;
    else if (field === 'data') dataLines.push(value);
    else if (field === 'id' && !value.includes('\0')) lastEventId = value;
  };

  return {
    push(chunk) {
      buffer += chunk;
      if (isStreamStart && buffer.length > 0) {
        if (buffer.startsWith('\uFEFF')) buffer = buffer.slice(1);
        isStreamStart = false;
      }
      const messages: SseMessage[] = [];
      for (;;) {
        const end = buffer.search(/[\r\n]/);
        if (end === -1) break;
        // A CR at the very end may be the first half of a CRLF split across chunks.
        if (buffer[end] === '\r' && end === buffer.length - 1) break;
        const terminatorLength = buffer[end] === '\r' && buffer[end + 1] === '\n' ? 2 : 1;
        processLine(buffer.slice(0, end), messages);
        buffer = buffer.slice(end + terminatorLength);
      }
      return messages;
    },
  };
}
