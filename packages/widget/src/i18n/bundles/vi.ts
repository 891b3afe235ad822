/** `dist/helpdock.vi.js`: the bubble's vi strings for the script-tag build, loaded on demand. */
import { vi } from '../vi.js';
import { announceLocale } from './announce.js';

announceLocale('vi', vi);
