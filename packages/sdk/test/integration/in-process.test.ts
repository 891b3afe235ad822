import { customerSuite } from './customer-suite.js';
import { useReferenceServer } from './harness.js';
import { identitySuite } from './identity-suite.js';
import { staffSuite } from './staff-suite.js';
import { referenceSuite } from './suite.js';
import { visitorSuite } from './visitor-suite.js';

const harness = useReferenceServer('in-process');
referenceSuite('in-process', harness);
customerSuite('in-process', harness);
identitySuite('in-process', harness);
staffSuite('in-process', harness);
visitorSuite('in-process', harness);
