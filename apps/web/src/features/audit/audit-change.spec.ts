import { describe, expect, test } from 'vitest';
import { describeAuditChange, formatAuditValue } from './audit-change';

describe('describeAuditChange', () => {
  test('lists only the fields whose value changed, objects compared by content', () => {
    expect(
      describeAuditChange(
        { label: 'A-01', isActive: true, attributes: ['screen'] },
        { label: 'A-01', isActive: false, attributes: ['screen'] },
      ),
    ).toEqual([{ field: 'isActive', before: 'true', after: 'false' }]);
  });

  test('a field present on one side only shows a dash on the other', () => {
    expect(describeAuditChange({}, { email: 'ines@example.gouv.fr' })).toEqual([
      { field: 'email', before: '—', after: 'ines@example.gouv.fr' },
    ]);
  });

  test('something created or removed lists its fields, from or to a dash', () => {
    expect(describeAuditChange(null, { name: 'Borne', isRevoked: false })).toEqual([
      { field: 'name', before: '—', after: 'Borne' },
      { field: 'isRevoked', before: '—', after: 'false' },
    ]);
    expect(describeAuditChange({ x: 0.5 }, null)).toEqual([
      { field: 'x', before: '0.5', after: '—' },
    ]);
  });

  test('what is not an object is one line; nothing at all is no line', () => {
    expect(describeAuditChange('A-01', ['screen'])).toEqual([
      { field: 'valeur', before: 'A-01', after: '["screen"]' },
    ]);
    expect(describeAuditChange(null, null)).toEqual([]);
  });

  test('long values are cut to one readable line', () => {
    const long = formatAuditValue('x'.repeat(500));
    expect(long).toHaveLength(120);
    expect(long.endsWith('…')).toBe(true);
  });
});
