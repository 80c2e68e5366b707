// Every signed-in page as the coordinator, in Dutch (see every-page.ts).
import { COORDINATOR } from '../helpers/example-world.ts';
import { describeEveryPage, signedInPages, WIDTHS } from './every-page.ts';

describeEveryPage('as the coordinator, in Dutch', [{ name: 'as the coordinator, in Dutch', runs: [{ who: COORDINATOR, language: 'nl', pages: signedInPages, axeAt: (i) => WIDTHS[i % 3]! }] }]);
