import { customerSuite } from './customer-suite.js';
import { useReferenceServer } from './harness.js';
import { identitySuite } from './identity-suite.js';
import { staffSuite } from './staff-suite.js';
import { referenceSuite } from './suite.js';
import { visitorSuite } from './visitor-suite.js';

const harness = useReferenceServer('http');
referenceSuite('http', harness);
customerSuite('http', harness);
identitySuite('http', harness);
staffSuite('http', harness);
visitorSuite('http', harness);
