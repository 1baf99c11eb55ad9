// /api/cases: apply, follow, supplement.
import { featureRouter } from '../../http/router.ts';
import { lookup } from './lookup.ts';
import { submit } from './submit.ts';
import { supplement } from './supplement.ts';

export const cases = featureRouter().route('/', submit).route('/', lookup).route('/', supplement);
