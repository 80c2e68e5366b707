// Every signed-in page as a representative, in English (see every-page.ts).
import { REPRESENTATIVE } from '../helpers/example-world.ts';
import { describeEveryPage, signedInPages, WIDTHS } from './every-page.ts';

describeEveryPage('as a representative, in English', [{ name: 'as a representative, in English', runs: [{ who: REPRESENTATIVE, language: 'en', pages: signedInPages, axeAt: (i) => WIDTHS[i % 3]! }] }]);
