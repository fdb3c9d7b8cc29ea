export * from './wire/consent-record';
