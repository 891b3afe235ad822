/** `dist/helpdock.hi.js`: the bubble's hi strings for the script-tag build, loaded on demand. */
import { hi } from '../hi.js';
import { announceLocale } from './announce.js';

announceLocale('hi', hi);
