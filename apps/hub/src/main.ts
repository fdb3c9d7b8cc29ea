import { loadConfig, runApp } from '@hub/kernel';
import { startHub } from './bootstrap';

runApp('hub', () => startHub(loadConfig(), process.env.BIND_ADDRESS));
