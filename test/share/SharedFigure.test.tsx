import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { I18nProvider } from '../../src/i18n/I18nProvider';
import { DATA_TABLE_ROW_LIMIT } from '../../src/share/DataTable';
import { withRowsOnDemand } from '../../src/share/figureData';
import { SharedFigure } from '../../src/share/SharedFigure';
import { sampleFigure } from './figureFixture';

function renderFigure(data = sampleFigure()) {
  return render(
    <I18nProvider lang="en">
      <SharedFigure title={data.title} crashedMessage="failed" data={data}>
        <svg role="img" aria-label="Bars" viewBox="0 0 10 10">
          <rect width="5" height="5" />
        </svg>
        <p className="chart-summary">{data.summary}</p>
      </SharedFigure>
    </I18nProvider>,
  );
}

describe('SharedFigure', () => {
  const createdUrls: Blob[] = [];

  beforeEach(() => {
    // jsdom implements neither dialogs nor object URLs.
    HTMLDialogElement.prototype.showModal = function showModal(this: HTMLDialogElement) {
      this.open = true;
    };
    HTMLDialogElement.prototype.close = function close(this: HTMLDialogElement) {
      this.open = false;
      this.dispatchEvent(new Event('close'));
    };
    URL.createObjectURL = (blob: Blob) => {
      createdUrls.push(blob);
      return `blob:test/${createdUrls.length}`;
    };
    URL.revokeObjectURL = () => undefined;
  });

  afterEach(() => {
    createdUrls.length = 0;
  });

  it('behaves like a plain ChartFigure without data', () => {
    render(
      <I18nProvider lang="en">
        <SharedFigure title="Plain" crashedMessage="failed">
          <p>marks</p>
        </SharedFigure>
      </I18nProvider>,
    );
    const figure = screen.getByRole('figure', { name: 'Plain' });
    expect(within(figure).queryByRole('button')).toBeNull();
    expect(figure).not.toHaveAttribute('id');
  });

  it('switches between the chart and a table of the same rows, and back', async () => {
    const user = userEvent.setup();
    renderFigure();
    const figure = screen.getByRole('figure', { name: 'Områden efter andel' });
    expect(figure).toHaveAttribute('id', 'sample-chart');
    const chartButton = within(figure).getByRole('button', { name: 'Chart' });
    const tableButton = within(figure).getByRole('button', { name: 'Table' });
    expect(chartButton).toHaveAttribute('aria-pressed', 'true');
    expect(within(figure).queryByRole('table')).toBeNull();

    await user.click(tableButton);
    expect(tableButton).toHaveAttribute('aria-pressed', 'true');
    expect(within(figure).queryByRole('img', { name: 'Bars' })).toBeNull();
    const table = within(figure).getByRole('table', {
      name: 'Områden efter andel: the values the chart shows',
    });
    const headers = within(table)
      .getAllByRole('columnheader')
      .map((header) => header.textContent);
    expect(headers).toEqual(['Rang', 'Område', 'Andel', 'Provenance']);
    const rowHeaders = within(table)
      .getAllByRole('rowheader')
      .map((header) => header.textContent);
    expect(rowHeaders).toEqual([
      'Tvärsektoriell samverkan',
      '=SUM(A1:A2)',
      '-5',
      'Quote "this", and\na new line',
    ]);
    const firstRow = within(table).getAllByRole('row')[1];
    expect(firstRow).toHaveTextContent('15%');
    expect(firstRow).toHaveTextContent('Published');
    expect(within(table).getAllByRole('row')[3]).toHaveTextContent('Illustrative data');

    await user.click(chartButton);
    expect(within(figure).getByRole('img', { name: 'Bars' })).toBeVisible();
    expect(within(figure).queryByRole('table')).toBeNull();
  });

  it('builds rows on demand only when read, and shows the first rows of a long table', async () => {
    const user = userEvent.setup();
    const [row] = sampleFigure().rows;
    const buildRows = vi.fn(() =>
      Array.from({ length: DATA_TABLE_ROW_LIMIT + 5 }, (_, index) => ({
        ...row!,
        key: `r${index}`,
      })),
    );
    const data = withRowsOnDemand(sampleFigure(), buildRows);
    renderFigure(data);
    expect(buildRows).not.toHaveBeenCalled();

    await user.click(screen.getByRole('button', { name: 'Table' }));
    const table = screen.getByRole('table', { name: /the values the chart shows/ });
    expect(within(table).getAllByRole('row')).toHaveLength(DATA_TABLE_ROW_LIMIT + 1);
    expect(
      screen.getByText('The first 1,000 of 1,005 rows; download the CSV for every row.'),
    ).toBeVisible();
    expect(buildRows).toHaveBeenCalledTimes(1);
    expect(data.rows).toHaveLength(DATA_TABLE_ROW_LIMIT + 5);
    expect(buildRows).toHaveBeenCalledTimes(1);
  });

  it('downloads the CSV under the chart’s name from a menu that Escape closes', async () => {
    const user = userEvent.setup();
    const clicked: string[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      clicked.push(this.download);
    });
    renderFigure();
    const menu = screen.getByText('Download').closest('details');
    expect(menu).not.toBeNull();
    await user.click(screen.getByText('Download'));
    expect(menu).toHaveAttribute('open');
    await user.keyboard('{Escape}');
    expect(menu).not.toHaveAttribute('open');
    expect(screen.getByText('Download').closest('summary')).toHaveFocus();

    await user.click(screen.getByText('Download'));
    expect(screen.getByRole('button', { name: 'PNG image, 16:9' })).toBeVisible();
    expect(screen.getByRole('button', { name: 'SVG image, square' })).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'CSV data (commas, decimal point)' }));
    await vi.waitFor(() => expect(clicked).toEqual(['sample-chart-en.csv']));
    expect(menu).not.toHaveAttribute('open');
    const csv = await createdUrls[0]?.text();
    expect(csv).toContain('Rang,Område,Andel,Provenance,Where it comes from');

    await user.click(screen.getByText('Download'));
    await user.click(screen.getByRole('button', { name: 'SVG image, 4:3' }));
    await vi.waitFor(() => expect(clicked.at(-1)).toBe('sample-chart-en-4x3.svg'));
  });

  it('moves between the download choices with the arrow keys, Home and End', async () => {
    const user = userEvent.setup();
    renderFigure();
    await user.click(screen.getByText('Download'));
    const items = screen
      .getByText('Download')
      .closest('details')!
      .querySelectorAll<HTMLElement>('.share-menu__item');
    expect(items.length).toBeGreaterThan(2);
    await user.keyboard('{ArrowDown}');
    expect(items[0]).toHaveFocus();
    await user.keyboard('{ArrowDown}');
    expect(items[1]).toHaveFocus();
    await user.keyboard('{ArrowUp}{ArrowUp}');
    expect(items[items.length - 1]).toHaveFocus();
    await user.keyboard('{ArrowDown}');
    expect(items[0]).toHaveFocus();
    await user.keyboard('{End}');
    expect(items[items.length - 1]).toHaveFocus();
    await user.keyboard('{Home}');
    expect(items[0]).toHaveFocus();
    expect(items[0]).toHaveTextContent('PNG image');
    await user.keyboard('{Escape}');
    expect(screen.getByText('Download').closest('summary')).toHaveFocus();
  });

  it('copies a link to the chart and says so', async () => {
    const user = userEvent.setup();
    const writeText = vi.fn().mockResolvedValue(undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    renderFigure();
    await user.click(screen.getByRole('button', { name: 'Copy link' }));
    expect(writeText).toHaveBeenCalledWith(`${window.location.origin}/#sample-chart`);
    expect(await screen.findByRole('status')).toHaveTextContent('Link copied');
  });

  it('shows the link to copy by hand when the clipboard refuses', async () => {
    const user = userEvent.setup();
    const writeText = vi.fn().mockRejectedValue(new Error('denied'));
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    renderFigure();
    await user.click(screen.getByRole('button', { name: 'Copy link' }));
    expect(await screen.findByLabelText('Copy this link:')).toHaveValue(
      `${window.location.origin}/#sample-chart`,
    );
  });

  it('opens a labelled embed dialog whose lock option changes the address and snippet', async () => {
    const user = userEvent.setup();
    renderFigure();
    const embedButton = screen.getByRole('button', { name: 'Embed' });
    await user.click(embedButton);
    const dialog = screen.getByRole('dialog', { name: 'Embed “Områden efter andel”' });
    const address = within(dialog).getByLabelText('Address of the chart alone');
    expect(address).toHaveValue(`${window.location.origin}/embed/sample-chart`);
    await user.click(within(dialog).getByLabelText(/Lock the filters/));
    expect(address).toHaveValue(`${window.location.origin}/embed/sample-chart?lock=1`);
    const snippet = within(dialog).getByLabelText<HTMLTextAreaElement>(
      'Code to paste into the page',
    );
    expect(snippet.value).toContain(`src="${window.location.origin}/embed/sample-chart?lock=1"`);
    await user.click(within(dialog).getByRole('button', { name: 'Close' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(embedButton).toHaveFocus();
  });

  it('offers no filters to lock when no filter changes the chart', async () => {
    const user = userEvent.setup();
    renderFigure({ ...sampleFigure(), chartId: 'survey-national' });
    await user.click(screen.getByRole('button', { name: 'Embed' }));
    const dialog = screen.getByRole('dialog', { name: 'Embed “Områden efter andel”' });
    expect(within(dialog).queryByLabelText(/Lock the filters/)).toBeNull();
    expect(within(dialog).getByLabelText('Address of the chart alone')).toHaveValue(
      `${window.location.origin}/embed/survey-national`,
    );
  });
});
