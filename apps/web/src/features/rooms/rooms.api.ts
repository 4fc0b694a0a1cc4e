import {
  roomBookingSchema,
  roomDayAvailabilitySchema,
  roomRulesSchema,
  roomSchema,
  type CreateRoom,
  type CreateRoomBookingInput,
  type Room,
  type RoomBooking,
  type RoomDayAvailability,
  type RoomRules,
  type UpdateRoom,
} from '@admz/shared';
import { z } from 'zod/mini';
import { requestApi } from '../../api-client';

const siteRoomsPath = (siteId: string) => `/api/sites/${encodeURIComponent(siteId)}/rooms`;

export function fetchSiteRooms(siteId: string): Promise<Room[]> {
  return requestApi(siteRoomsPath(siteId), z.array(roomSchema));
}

export function fetchRoomDay(siteId: string, date: string): Promise<RoomDayAvailability> {
  return requestApi(
    `${siteRoomsPath(siteId)}/availability?date=${encodeURIComponent(date)}`,
    roomDayAvailabilitySchema,
  );
}

export function fetchMyRoomBookings(): Promise<RoomBooking[]> {
  return requestApi('/api/rooms/bookings/mine', z.array(roomBookingSchema));
}

export function bookRoom(input: CreateRoomBookingInput): Promise<RoomBooking> {
  return requestApi('/api/rooms/bookings', roomBookingSchema, { method: 'POST', body: input });
}

export function cancelRoomBooking(roomBookingId: string): Promise<RoomBooking> {
  return requestApi(`/api/rooms/bookings/${encodeURIComponent(roomBookingId)}`, roomBookingSchema, {
    method: 'DELETE',
  });
}

export function createRoom(siteId: string, input: CreateRoom): Promise<Room> {
  return requestApi(siteRoomsPath(siteId), roomSchema, { method: 'POST', body: input });
}

export function updateRoom(siteId: string, roomId: string, input: UpdateRoom): Promise<Room> {
  return requestApi(`${siteRoomsPath(siteId)}/${encodeURIComponent(roomId)}`, roomSchema, {
    method: 'PATCH',
    body: input,
  });
}

export function fetchRoomRules(siteId: string): Promise<RoomRules> {
  return requestApi(`${siteRoomsPath(siteId)}/rules`, roomRulesSchema);
}

export function updateRoomRules(siteId: string, body: RoomRules): Promise<RoomRules> {
  return requestApi(`${siteRoomsPath(siteId)}/rules`, roomRulesSchema, { method: 'PUT', body });
}
