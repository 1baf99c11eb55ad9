// The policy catalog's categories, in the order pages list them (DESIGN.md "Policy catalog").
export const CATALOG_CATEGORIES = ['shehui-jiuzhu', 'shehui-fuli', 'shehui-shiwu', 'jiceng-zhili'] as const;
export type CatalogCategory = (typeof CATALOG_CATEGORIES)[number];
