import type { Response } from 'express';

/**
 * Sends a JSON body already written, with a strong ETag: the browser keeps it but asks again
 * each time (`no-cache`), and Express answers 304 without the body when `If-None-Match` matches.
 */
export function sendWithEtag(response: Response, view: { body: Buffer; etag: string }): void {
  response
    .type('application/json')
    .set({ ETag: view.etag, 'Cache-Control': 'private, no-cache' })
    .send(view.body);
}
