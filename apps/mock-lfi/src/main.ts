import { loadConfig, runApp } from '@hub/kernel';
import { startMockLfi } from './bootstrap';
import { readLfiProfile } from './lfi-profile';

runApp('mock-lfi', () => startMockLfi(loadConfig(), readLfiProfile(), process.env.BIND_ADDRESS));
