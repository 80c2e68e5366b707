/** The job that sends the bundle of immediate mails about one thing once its window closes. */
export const BUNDLE_JOB = 'notifications.bundle';
/** The job that sends the daily or weekly digests of one digest moment. */
export const DIGEST_JOB = 'notifications.digest';
/** The web path of the notification preferences page (linked from every notification mail). */
export const PREFERENCES_PATH = '/settings/notifications';
