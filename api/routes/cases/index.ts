// /api/cases: apply, follow, find a lost case number, supplement.
import { featureRouter } from '../../http/router.ts';
import { find } from './find.ts';
import { lookup } from './lookup.ts';
import { submit } from './submit.ts';
import { supplement } from './supplement.ts';

export const cases = featureRouter().route('/', submit).route('/', lookup).route('/', find).route('/', supplement);
