import type { CreateRoom, CreateRoomBookingInput, RoomRules, UpdateRoom } from '@admz/shared';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { queryKeys } from '../../../lib/query-keys';
import {
  bookRoom,
  cancelRoomBooking,
  createRoom,
  fetchMyRoomBookings,
  fetchRoomDay,
  fetchRoomRules,
  fetchSiteRooms,
  updateRoom,
  updateRoomRules,
} from '../rooms.api';

export function useSiteRooms(siteId: string) {
  return useQuery({
    queryKey: queryKeys.rooms.site(siteId),
    queryFn: () => fetchSiteRooms(siteId),
  });
}

export function useRoomDay(siteId: string, date: string) {
  return useQuery({
    queryKey: queryKeys.rooms.day(siteId, date),
    queryFn: () => fetchRoomDay(siteId, date),
  });
}

export function useMyRoomBookings() {
  return useQuery({ queryKey: queryKeys.rooms.mine, queryFn: fetchMyRoomBookings });
}

/** Any change to rooms or their bookings: every rooms view is read again. */
function useRoomsChange<Variables, Output>(change: (variables: Variables) => Promise<Output>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: change,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.rooms.all }),
  });
}

export function useBookRoom() {
  return useRoomsChange((input: CreateRoomBookingInput) => bookRoom(input));
}

export function useCancelRoomBooking() {
  return useRoomsChange((roomBookingId: string) => cancelRoomBooking(roomBookingId));
}

export function useCreateRoom(siteId: string) {
  return useRoomsChange((input: CreateRoom) => createRoom(siteId, input));
}

export function useUpdateRoom(siteId: string) {
  return useRoomsChange(({ roomId, change }: { roomId: string; change: UpdateRoom }) =>
    updateRoom(siteId, roomId, change),
  );
}

export function useRoomRules(siteId: string) {
  return useQuery({
    queryKey: queryKeys.rooms.rules(siteId),
    queryFn: () => fetchRoomRules(siteId),
  });
}

/** The site's room rules changed: the day views read them again. */
export function useUpdateRoomRules(siteId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (rules: RoomRules) => updateRoomRules(siteId, rules),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: queryKeys.rooms.all });
    },
  });
}
