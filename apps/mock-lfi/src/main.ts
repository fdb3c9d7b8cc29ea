import { loadConfig, runApp } from '@hub/kernel';
import { MOCK_LFI_DESK_SETTINGS } from '@hub/mock-lfi-desks';
import { startMockLfi } from './bootstrap';
import { readLfiProfile } from './lfi-profile';

runApp('mock-lfi', () => startMockLfi(loadConfig(process.env, undefined, [MOCK_LFI_DESK_SETTINGS]), readLfiProfile(), process.env.BIND_ADDRESS));
