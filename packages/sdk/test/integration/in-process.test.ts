import { useReferenceServer } from './harness.js';
import { referenceSuite } from './suite.js';

referenceSuite('in-process', useReferenceServer('in-process'));
