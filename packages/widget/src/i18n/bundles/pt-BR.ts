/** `dist/helpdock.pt-BR.js`: the bubble's pt-BR strings for the script-tag build, loaded on demand. */
import { ptBR } from '../pt-BR.js';
import { announceLocale } from './announce.js';

announceLocale('pt-BR', ptBR);
