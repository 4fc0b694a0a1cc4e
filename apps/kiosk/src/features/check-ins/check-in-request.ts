import { checkInRequestSchema, type CheckInRequest } from '@admz/shared';
import type { z } from 'zod/mini';

export type CheckInRequestValidation =
  { isValid: true; request: CheckInRequest } | { isValid: false; problem: string };

/** Validates a scanned token or a typed code with the shared schema, keeping the sentence that explains the problem. */
export function validateCheckInRequest(
  input: { token: string } | { shortCode: string },
): CheckInRequestValidation {
  const parsed = checkInRequestSchema.safeParse(input);
  if (parsed.success) return { isValid: true, request: parsed.data };
  const field = 'token' in input ? 'token' : 'shortCode';
  const problem =
    findFieldMessage(parsed.error.issues, field) ??
    parsed.error.issues[0]?.message ??
    'Code non valide.';
  return { isValid: false, problem };
}

// The schema is a union: the useful sentence sits in the branch about the field we sent.
function findFieldMessage(issues: readonly z.core.$ZodIssue[], field: string): string | null {
  for (const issue of issues) {
    if (issue.path[0] === field && issue.code !== 'invalid_type') return issue.message;
    if (issue.code === 'invalid_union') {
      const nested = findFieldMessage(issue.errors.flat(), field);
      if (nested !== null) return nested;
    }
  }
  return null;
}
