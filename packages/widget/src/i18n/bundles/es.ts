/** `dist/helpdock.es.js`: the bubble's es strings for the script-tag build, loaded on demand. */
import { es } from '../es.js';
import { announceLocale } from './announce.js';

announceLocale('es', es);
