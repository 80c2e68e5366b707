// Every signed-in page as a representative, in Dutch (see every-page.ts).
import { REPRESENTATIVE } from '../helpers/example-world.ts';
import { describeEveryPage, signedInPages, WIDTHS } from './every-page.ts';

describeEveryPage('as a representative, in Dutch', [{ name: 'as a representative, in Dutch', runs: [{ who: REPRESENTATIVE, language: 'nl', pages: signedInPages, axeAt: (i) => WIDTHS[(i + 2) % 3]! }] }]);
