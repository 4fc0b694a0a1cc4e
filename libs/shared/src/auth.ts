import { z } from 'zod/mini';

export const meSchema = z.object({
  id: z.uuid(),
  givenName: z.string(),
  usualName: z.string(),
  email: z.string(),
  organizationLabel: z.nullable(z.string()),
  isAdmin: z.boolean(),
  hostedSiteIds: z.array(z.uuid()),
});
export type Me = z.infer<typeof meSchema>;
