// Runs before every end-to-end test file: after each test, no request may have left this computer
// (the app is offline by design; DOMAIN and ARCHITECTURE: "the app makes no network request ever").
import { afterEach, expect } from 'vitest';
import { takeOffsiteRequests } from './browser.ts';

afterEach(() => {
  expect(takeOffsiteRequests(), 'requests that left this computer').toEqual([]);
});
