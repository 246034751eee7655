import { Component, type ReactNode } from 'react';

interface Props {
  message: string;
  children: ReactNode;
}

/** Keeps a chart that throws while drawing from taking the rest of the page with it. */
export class ChartErrorBoundary extends Component<Props, { failed: boolean }> {
  state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  render() {
    if (this.state.failed) {
      return (
        <p role="alert" className="chart-state chart-state--error">
          {this.props.message}
        </p>
      );
    }
    return this.props.children;
  }
}
