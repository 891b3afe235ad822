import { bridgeSuite } from './bridge-suite.js';

bridgeSuite('in-process');
