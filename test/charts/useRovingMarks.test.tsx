import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { BarRowsChart } from '../../src/charts/BarRowsChart';
import { layoutBarRows } from '../../src/charts/barRowsLayout';
import { layoutTierLinks } from '../../src/charts/tierLinkLayout';
import { nextMarkIndex } from '../../src/charts/useRovingMarks';
import { SectorTierChart } from '../../src/features/sector-mix/SectorTierChart';

describe('nextMarkIndex', () => {
  it('moves with the arrow keys and stops at the ends', () => {
    expect(nextMarkIndex('ArrowDown', 0, 3)).toBe(1);
    expect(nextMarkIndex('ArrowRight', 2, 3)).toBe(2);
    expect(nextMarkIndex('ArrowUp', 0, 3)).toBe(0);
    expect(nextMarkIndex('ArrowLeft', 2, 3)).toBe(1);
  });

  it('jumps with Home and End, and starts at an end when nothing is active', () => {
    expect(nextMarkIndex('Home', 2, 3)).toBe(0);
    expect(nextMarkIndex('End', 0, 3)).toBe(2);
    expect(nextMarkIndex('ArrowDown', null, 3)).toBe(0);
    expect(nextMarkIndex('End', null, 3)).toBe(2);
  });

  it('ignores other keys and charts without marks', () => {
    expect(nextMarkIndex('Escape', 1, 3)).toBeNull();
    expect(nextMarkIndex('Enter', 1, 3)).toBeNull();
    expect(nextMarkIndex('ArrowDown', null, 0)).toBeNull();
  });
});

describe('a bar chart by keyboard', () => {
  const layout = layoutBarRows(
    [
      { key: 'a', label: 'Alpha', value: 15, prefix: '1' },
      { key: 'b', label: 'Beta', value: 13, prefix: '2' },
      { key: 'c', label: 'Gamma', value: 9, prefix: '3' },
    ],
    { width: 600, fontSize: 14 },
  );

  it('is one tab stop; arrows, Home and End move an outlined, announced mark', async () => {
    const user = userEvent.setup();
    render(
      <>
        <BarRowsChart layout={layout} formatValue={(value) => `${value} %`} label="Shares" />
        <button type="button">after</button>
      </>,
    );
    const chart = screen.getByRole('img', { name: 'Shares' });
    const live = document.querySelector('[aria-live="polite"]')!;
    expect(live).toHaveTextContent('');

    await user.tab();
    expect(chart).toHaveFocus();
    expect(live).toHaveTextContent('1 Alpha: 15 %');
    expect(chart.querySelectorAll('.chart-focus-ring')).toHaveLength(1);

    await user.keyboard('{ArrowDown}');
    expect(live).toHaveTextContent('2 Beta: 13 %');
    await user.keyboard('{End}');
    expect(live).toHaveTextContent('3 Gamma: 9 %');
    await user.keyboard('{ArrowDown}');
    expect(live).toHaveTextContent('3 Gamma: 9 %');
    await user.keyboard('{Home}');
    expect(live).toHaveTextContent('1 Alpha: 15 %');

    await user.tab();
    expect(screen.getByRole('button', { name: 'after' })).toHaveFocus();
    expect(chart.querySelectorAll('.chart-focus-ring')).toHaveLength(0);
    expect(live).toHaveTextContent('');
  });
});

describe('a sector chart by keyboard', () => {
  const layout = layoutTierLinks(
    {
      key: 'se',
      title: 'Sweden',
      tiers: [
        [{ key: 'public', label: 'Public sector' }],
        [{ key: 'business', label: 'Business' }],
      ],
    },
    {
      key: 'intl',
      title: 'Abroad',
      tiers: [
        [{ key: 'business', label: 'Business' }],
        [{ key: 'public', label: 'Public sector' }],
      ],
    },
    { width: 600, fontSize: 14 },
  );

  it('announces each sector with its group and tier, and Enter chooses it like a click', async () => {
    const user = userEvent.setup();
    const chosen: string[] = [];
    render(
      <SectorTierChart
        layout={layout}
        label="Order of sectors"
        tierNames={['Most common', 'Then']}
        selectedSector={null}
        selectedGroup={null}
        onSelectSector={(sector) => chosen.push(sector)}
        onSelectGroup={() => undefined}
      />,
    );
    const live = document.querySelector('[aria-live="polite"]')!;
    await user.tab();
    expect(screen.getByRole('img', { name: 'Order of sectors' })).toHaveFocus();
    expect(live).toHaveTextContent(/^Sweden, Most common: /);
    await user.keyboard('{End}');
    expect(live).toHaveTextContent(/^Abroad, Then: /);
    await user.keyboard('{Enter}');
    expect(chosen).toEqual(['public']);
    expect(live).toHaveTextContent('Abroad, Then: Public sector');
  });
});
