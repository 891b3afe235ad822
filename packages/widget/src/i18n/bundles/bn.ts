/** `dist/helpdock.bn.js`: the bubble's bn strings for the script-tag build, loaded on demand. */
import { bn } from '../bn.js';
import { announceLocale } from './announce.js';

announceLocale('bn', bn);
