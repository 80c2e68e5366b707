// Every signed-in page as the coordinator, in English (see every-page.ts).
import { COORDINATOR } from '../helpers/example-world.ts';
import { describeEveryPage, signedInPages, WIDTHS } from './every-page.ts';

describeEveryPage('as the coordinator, in English', [{ name: 'as the coordinator, in English', runs: [{ who: COORDINATOR, language: 'en', pages: signedInPages, axeAt: (i) => WIDTHS[(i + 1) % 3]! }] }]);
