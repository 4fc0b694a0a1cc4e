/** `GET /api/sites/:siteId/live`: Server-Sent Events for hosts (the session cookie goes along). */
export function openSiteLiveStream(siteId: string): EventSource {
  return new EventSource(`/api/sites/${encodeURIComponent(siteId)}/live`, {
    withCredentials: true,
  });
}
