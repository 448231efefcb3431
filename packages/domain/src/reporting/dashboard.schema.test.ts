import { describe, expect, it } from 'vitest';
import {
  canShareDashboard,
  canViewDashboard,
  dashboardQueryString,
  defaultDashboardRange,
  parseDashboardQuery,
} from './dashboard.schema.ts';

const today = new Date('2026-11-23T10:00:00Z');
const viewer = (networkRole: 'network_admin' | 'observer' | null, managed: string[] = []) => ({
  userId: 'u',
  email: 'u@example.org',
  displayName: null,
  networkRole,
  memberships: managed.map((placeId) => ({ placeId, placeName: 'Lieu', role: 'manager' as const })),
});

describe('dashboard address and access', () => {
  it('defaults to the network over the twelve months up to this one', () => {
    expect(defaultDashboardRange(today)).toEqual({ from: '2025-12-01', to: '2026-12-01' });
    expect(parseDashboardQuery(new URLSearchParams(), today)).toEqual({
      scope: { kind: 'network' },
      range: { from: '2025-12-01', to: '2026-12-01' },
      errors: {},
    });
  });

  it('reads back what it writes, the last month included', () => {
    const scope = { kind: 'departement' as const, code: '2A' };
    const range = { from: '2026-01-01', to: '2026-07-01' };
    const query = dashboardQueryString(scope, range);
    expect(query).toBe('perimetre=departement&departement=2A&du=2026-01&au=2026-06');
    expect(parseDashboardQuery(new URLSearchParams(query), today)).toEqual({ scope, range, errors: {} });
  });

  it('names what is wrong and falls back to the defaults', () => {
    const parsed = parseDashboardQuery(
      new URLSearchParams('perimetre=lieu&lieu=abc&du=2026-06&au=2026-01'),
      today,
    );
    expect(parsed.scope).toEqual({ kind: 'network' });
    expect(parsed.errors).toEqual({
      perimetre: 'validation.dashboards.scope_invalid',
      au: 'validation.dashboards.range_order',
    });
  });

  it('lets managers see and share their place and hub only; observers see everything, share nothing', () => {
    const manager = viewer(null, ['p1']);
    expect(canViewDashboard(manager, { kind: 'place', placeId: 'p1' })).toBe(true);
    expect(canViewDashboard(manager, { kind: 'hub', fabriqueId: 'p1' })).toBe(true);
    expect(canViewDashboard(manager, { kind: 'place', placeId: 'p2' })).toBe(false);
    expect(canViewDashboard(manager, { kind: 'network' })).toBe(false);
    expect(canShareDashboard(manager, { kind: 'place', placeId: 'p1' })).toBe(true);
    expect(canViewDashboard(viewer('observer'), { kind: 'region', code: '53' })).toBe(true);
    expect(canShareDashboard(viewer('observer'), { kind: 'network' })).toBe(false);
    expect(canShareDashboard(viewer('network_admin'), { kind: 'network' })).toBe(true);
  });
});
