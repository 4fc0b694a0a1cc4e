import type { roomEquipmentLabels, roomKindLabels } from '@admz/shared';
import { defineMessages, useMessages } from './language';

type RoomLabels = {
  roomKind: typeof roomKindLabels;
  roomEquipment: typeof roomEquipmentLabels;
};

/**
 * The names of the values of rooms (kinds, equipment), in their own catalogue so that a page loads only the names it shows. French is the
 * shared library's records, copied as in domain-labels.messages.ts; a test keeps the copy equal.
 */
export const roomLabels = defineMessages<RoomLabels>({
  fr: {
    roomKind: { room: 'Salle', table: 'Grande table' },
    roomEquipment: {
      screen: 'Écran',
      visio: 'Visioconférence',
      whiteboard: 'Tableau blanc',
      projector: 'Vidéoprojecteur',
      step_free: 'Accès de plain-pied',
    },
  },
  en: {
    roomKind: { room: 'Room', table: 'Large table' },
    roomEquipment: {
      screen: 'Screen',
      visio: 'Video conferencing',
      whiteboard: 'Whiteboard',
      projector: 'Projector',
      step_free: 'Step-free access',
    },
  },
});

/** The names of the values of rooms in the current language. */
export function useRoomLabels(): RoomLabels {
  return useMessages(roomLabels);
}
