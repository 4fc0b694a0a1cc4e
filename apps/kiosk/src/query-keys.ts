// Every TanStack Query key of the kiosk, spelled once.
export const queryKeys = {
  heartbeat: {
    all: ['kiosk', 'heartbeat'] as const,
    of: (credential: string | null) => ['kiosk', 'heartbeat', credential] as const,
  },
  deskPlan: (planUrl: string | null) => ['kiosk', 'plan', planUrl] as const,
};
