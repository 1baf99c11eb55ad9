// 近亲属 as declared for conflict-of-interest checks: 民法典 §1045 ¶2 (配偶、父母、子女、兄弟姐妹、祖父母、外祖父母、
// 孙子女、外孙子女) by default; `other` lets a county's wider local list (e.g. 子女的配偶) be declared; `self` is an
// account's own ID number, for "staff member in the household".
export const KIN_RELATIONS = ['spouse', 'parent', 'child', 'sibling', 'grandparent', 'grandchild', 'other'] as const;
export type KinRelation = (typeof KIN_RELATIONS)[number];

export const DECLARED_RELATIONS = ['self', ...KIN_RELATIONS] as const;
export type DeclaredRelation = (typeof DECLARED_RELATIONS)[number];
