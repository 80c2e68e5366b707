/** The roles a person can hold in a network (DESIGN §2). */
export const ROLES = ['coordinator', 'representative', 'member', 'observer'] as const;
export type Role = (typeof ROLES)[number];
