import { bridgeSuite } from './bridge-suite.js';

bridgeSuite('http');
