// Small-cell suppression for what the public reads (issue 10): no published figure counts fewer than five people.

/** A cell (or a group a median is taken over) of fewer people than this is not shown: "<5". */
export const MIN_CELL_PEOPLE = 5;

/** Whether a cell of this many people is shown. */
export const isShown = (people: number): boolean => people >= MIN_CELL_PEOPLE;
