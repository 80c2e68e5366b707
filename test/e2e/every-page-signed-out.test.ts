// Every signed-out page, in Dutch and in English, and the check that the visits cover the route table (see every-page.ts).
import { describeEveryPage, signedOutPages, WIDTHS } from './every-page.ts';

describeEveryPage(
  'signed out',
  [
    {
      name: 'signed out, in Dutch and in English',
      runs: [
        { who: null, language: 'nl', pages: signedOutPages, axeAt: (i) => WIDTHS[i % 3]! },
        { who: null, language: 'en', pages: signedOutPages, axeAt: (i) => WIDTHS[(i + 1) % 3]! },
      ],
    },
  ],
  { withRouteTable: true },
);
