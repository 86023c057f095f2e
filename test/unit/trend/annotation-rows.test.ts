import { describe, expect, it } from 'vitest';
import { placeAnnotations } from '../../../src/components/trend/annotation-rows.js';
import { linearScale } from '../../../src/components/trend/scales.js';

const plot = { left: 40, right: 440, top: 16, bottom: 300 };
const x = linearScale([0, 100], [40, 440]);

describe('placeAnnotations', () => {
  it('puts neighbours that would overlap on rows above each other, and runs labels inward at the edges', () => {
    const { annotations, rows } = placeAnnotations(
      [
        { t: 50, label: 'Mosul offensive' },
        { t: 52, label: 'Mosul retaken' },
        { t: 0, label: 'Start' },
        { t: 200, label: 'Outside' },
      ],
      x,
      plot,
      0,
      100,
    );
    expect(rows).toBe(2);
    expect(annotations.map((a) => [a.label, a.row, a.anchor])).toEqual([
      ['Start', 0, 'start'],
      ['Mosul offensive', 0, 'middle'],
      ['Mosul retaken', 1, 'middle'],
    ]);
  });

  it('keeps the line without its label when no row has room', () => {
    const small = { left: 0, right: 100, top: 16, bottom: 30 };
    const { annotations, rows } = placeAnnotations(
      [
        { t: 50, label: 'first event' },
        { t: 51, label: 'second event' },
      ],
      linearScale([0, 100], [0, 100]),
      small,
      0,
      100,
    );
    expect(rows).toBe(1);
    expect(annotations.map((a) => a.label)).toEqual(['first event', '']);
  });
});
