/** The launcher's speech-bubble icon, shared by the bubble and the script-tag loader (which has no Lit). */
export const chatIconPath = 'M21 12a8 8 0 0 1-11.6 7.1L4 20l1-4.4A8 8 0 1 1 21 12z';
