import type { AffectedBooking } from '@admz/shared';
import type { UseMutationResult } from '@tanstack/react-query';
import { useState } from 'react';
import { readAffectedBookings } from '../site-settings.api';

/** A change the API refused until confirmed: what was sent, and the bookings it would cancel. */
export type PendingConfirmation<Variables> = { variables: Variables; affected: AffectedBooking[] };

/** Called once a change is saved, with the bookings it cancelled when it was a confirmation. */
type OnSaved = (cancelled: AffectedBooking[] | null) => void;

/**
 * The flow every change of hours shares: send it; a 409 listing bookings it would cancel is not an
 * error but a question (`pending`, shown by AffectedBookingsPanel); `confirm` sends it again with
 * the list accepted, `cancel` drops it.
 */
export function useAffectedBookingsConfirmation<Variables>(
  mutation: UseMutationResult<unknown, Error, Variables>,
) {
  const [pending, setPending] = useState<PendingConfirmation<Variables> | null>(null);

  function run(variables: Variables, cancelled: AffectedBooking[] | null, onSaved?: OnSaved) {
    mutation.mutate(variables, {
      onSuccess: () => {
        setPending(null);
        onSaved?.(cancelled);
      },
      onError: (error) => {
        const affected = readAffectedBookings(error);
        setPending(affected ? { variables, affected } : null);
      },
    });
  }

  return {
    pending,
    isConfirming: mutation.isPending,
    /** The failure to show, unless it is the question above. */
    error: mutation.isError && !pending ? mutation.error : null,
    /** A first attempt, not confirmed. */
    send: (variables: Variables, onSaved?: OnSaved) => run(variables, null, onSaved),
    /** The attempt again, the pending list accepted (its bookings are cancelled). */
    confirm: (variables: Variables, onSaved?: OnSaved) =>
      run(variables, pending?.affected ?? [], onSaved),
    cancel: () => {
      setPending(null);
      mutation.reset();
    },
  };
}
