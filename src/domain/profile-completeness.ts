import type { ProfileText } from './profile.ts';

/** The fields a profile needs for stage 1, familiarity (DESIGN §5.5). */
export const STAGE_ONE_PROFILE_FIELDS = ['drivers', 'interests', 'offer', 'need'] as const;

/**
 * Whether a profile is complete for stage 1: drivers, interests, offer and need each hold more
 * than white space. Lists the fields still missing, in the order of STAGE_ONE_PROFILE_FIELDS.
 *
 * @example profileCompleteness({ ...profile, need: '  ' }) // { complete: false, missing: ['need'] }
 */
export function profileCompleteness(profile: Pick<ProfileText, (typeof STAGE_ONE_PROFILE_FIELDS)[number]>) {
  const missing = STAGE_ONE_PROFILE_FIELDS.filter((field) => profile[field].trim() === '');
  return { complete: missing.length === 0, missing };
}
