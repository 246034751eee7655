import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { InfoTip } from '../../src/charts/InfoTip';

function renderTip() {
  render(
    <>
      <InfoTip explanation="Made up to show how the dashboard works.">Illustrative data</InfoTip>
      <button type="button">Elsewhere</button>
    </>,
  );
  return screen.getByRole('button', { name: 'Illustrative data' });
}

describe('InfoTip', () => {
  it('stays open after a tap or click, which focuses and then clicks the button', async () => {
    const trigger = renderTip();
    await userEvent.click(trigger);
    expect(screen.getByRole('tooltip')).toBeVisible();
    expect(trigger).toHaveAccessibleDescription('Made up to show how the dashboard works.');
  });

  it('opens on keyboard focus and closes on Escape or when focus leaves', async () => {
    const user = userEvent.setup();
    renderTip();
    await user.tab();
    expect(screen.getByRole('tooltip')).toBeVisible();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('tooltip')).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Illustrative data' }));
    await user.tab();
    expect(screen.queryByRole('tooltip')).not.toBeInTheDocument();
  });
});
