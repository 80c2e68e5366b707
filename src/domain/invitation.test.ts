import { describe, expect, it } from 'vitest';
import { invitationExpiry, invitationStatus, roleAndPartnerProblem } from './invitation.ts';

const now = new Date('2026-11-23T12:00:00Z');
const later = new Date('2026-11-24T12:00:00Z');
const earlier = new Date('2026-11-22T12:00:00Z');

describe('invitationStatus', () => {
  it('is pending before it expires', () => {
    expect(invitationStatus({ acceptedAt: null, revokedAt: null, expiresAt: later }, now)).toBe('pending');
  });
  it('is expired at the exact moment of expiry and after', () => {
    expect(invitationStatus({ acceptedAt: null, revokedAt: null, expiresAt: now }, now)).toBe('expired');
    expect(invitationStatus({ acceptedAt: null, revokedAt: null, expiresAt: earlier }, now)).toBe('expired');
  });
  it('stays accepted after its expiry date', () => {
    expect(invitationStatus({ acceptedAt: earlier, revokedAt: null, expiresAt: earlier }, now)).toBe('accepted');
  });
  it('is revoked when revoked, even before expiry', () => {
    expect(invitationStatus({ acceptedAt: null, revokedAt: earlier, expiresAt: later }, now)).toBe('revoked');
  });
});

describe('roleAndPartnerProblem', () => {
  it('requires a partner for a representative', () => {
    expect(roleAndPartnerProblem('representative', null)).toMatch(/partnerId/);
    expect(roleAndPartnerProblem('representative', 'p1')).toBeNull();
  });
  it('lets a member work for a partner or not', () => {
    expect(roleAndPartnerProblem('member', null)).toBeNull();
    expect(roleAndPartnerProblem('member', 'p1')).toBeNull();
  });
  it('refuses a partner for coordinators and observers', () => {
    expect(roleAndPartnerProblem('coordinator', 'p1')).toMatch(/coordinator/);
    expect(roleAndPartnerProblem('observer', 'p1')).toMatch(/observer/);
    expect(roleAndPartnerProblem('observer', undefined)).toBeNull();
  });
});

describe('invitationExpiry', () => {
  it('is fourteen days later by default', () => {
    expect(invitationExpiry(now).toISOString()).toBe('2026-12-07T12:00:00.000Z');
    expect(invitationExpiry(now, 1).toISOString()).toBe('2026-11-24T12:00:00.000Z');
  });
});
