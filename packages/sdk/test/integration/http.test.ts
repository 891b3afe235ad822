import { useReferenceServer } from './harness.js';
import { referenceSuite } from './suite.js';

referenceSuite('http', useReferenceServer('http'));
