export * from './common';
export * from './auth';
export * from './sites';
export * from './bookings';
export * from './kiosks';
