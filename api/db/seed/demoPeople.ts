// Made-up residents for the demo cases: valid GB 11643 numbers, in townships and villages the county documents name.
import { idCheckCharacter } from '../../domain/idNumber.ts';

/** A valid 18-character ID number from a region code, a birth date (YYYYMMDD) and a 3-digit sequence. */
export function demoIdNumber(region: string, birth: string, sequence: string): string {
  const first17 = region + birth + sequence;
  return first17 + idCheckCharacter(first17);
}

export interface DemoCase {
  /** Fixed key, so a second start finds the case instead of adding another. */
  idempotencyKey: string;
  programme: 'dibao' | 'tekun' | 'linshi-jiuzhu';
  county: string;
  township: string;
  village?: string;
  hukou: 'urban' | 'rural';
  name: string;
  idNumber: string;
  phone: string;
  /** What the case shows: submitted, supplement (需补正), notice (公示), approved (with payments), refused. */
  stage: 'submitted' | 'supplement' | 'notice' | 'approved' | 'refused';
  /** Days before today the claim was sent. */
  daysAgo: number;
  byAgent?: string;
}

export const DEMO_CASES: DemoCase[] = [
  { idempotencyKey: '00000000-0000-4000-8000-000000000001', programme: 'dibao', county: '431225', township: '林城镇', village: '改河社区', hukou: 'urban', name: '张桂兰', idNumber: demoIdNumber('431225', '19520314', '002'), phone: '13800138000', stage: 'submitted', daysAgo: 1 },
  { idempotencyKey: '00000000-0000-4000-8000-000000000002', programme: 'tekun', county: '522725', township: '建中镇', hukou: 'rural', name: '王䶮', idNumber: demoIdNumber('522725', '19380101', '123'), phone: '0854-2621234', stage: 'supplement', daysAgo: 4, byAgent: 'jianzhong-daiban' },
  { idempotencyKey: '00000000-0000-4000-8000-000000000003', programme: 'dibao', county: '431225', township: '坪村镇', village: '枫木村', hukou: 'rural', name: '买买提·艾力', idNumber: demoIdNumber('431225', '19600520', '031'), phone: '13912345678', stage: 'notice', daysAgo: 20 },
  { idempotencyKey: '00000000-0000-4000-8000-000000000004', programme: 'dibao', county: '520403', township: '乐平镇', village: '塘约村', hukou: 'rural', name: '李明', idNumber: demoIdNumber('520403', '19550808', '015'), phone: '13688889999', stage: 'approved', daysAgo: 120 },
  { idempotencyKey: '00000000-0000-4000-8000-000000000005', programme: 'dibao', county: '632223', township: '西海镇', hukou: 'urban', name: '卓玛', idNumber: demoIdNumber('632223', '19700215', '046'), phone: '13709876543', stage: 'refused', daysAgo: 60 },
];

// Their passwords and the terminals' keys are made on the first demo start (see demoCredentials.ts), never written here.
export const DEMO_AGENTS = [
  { username: 'linchen-daiban', displayName: '林城镇改河社区居委会 代办员', county: '431225', township: '林城镇' },
  { username: 'jianzhong-daiban', displayName: '建中镇专职代办员', county: '522725', township: '建中镇' },
];

/** One account per staff role for 会同县 林城镇 (the demo agent's township): the console's demo users. */
export const DEMO_STAFF = [
  { username: 'linchen-jingban', role: 'township-clerk', displayName: '林城镇民政经办（演示）', county: '431225', township: '林城镇' },
  { username: 'linchen-shenhe', role: 'township-reviewer', displayName: '林城镇民政审核（演示）', county: '431225', township: '林城镇' },
  { username: 'huitong-shenpi', role: 'county-approver', displayName: '会同县民政局审批（演示）', county: '431225', township: null },
  { username: 'huitong-admin', role: 'admin', displayName: '会同县民政局系统管理（演示）', county: '431225', township: null },
] as const;

export const DEMO_TERMINALS = [
  { name: '林城镇人民政府查询终端', county: '431225' },
  { name: '建中镇人民政府查询终端', county: '522725' },
];
