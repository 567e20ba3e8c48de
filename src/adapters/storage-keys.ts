/** Where this device keeps things, in one place so the first small chunk can look without loading the adapters. */
export const STORAGE_KEYS = {
  preferences: 'open-ambtenaar:preferences',
  progress: 'open-ambtenaar:progress',
  room: 'open-ambtenaar:room:v2',
  roomServer: 'open-ambtenaar:room-server:v1',
} as const;
