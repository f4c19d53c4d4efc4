// The little of plotly.js-dist-min's API that plotly_draw.ts uses (the
// package ships no types).
declare module "plotly.js-dist-min" {
  export interface PlotlyHTMLElement extends HTMLElement {
    on(event: string, handler: (event: unknown) => void): void;
    removeAllListeners?(event: string): void;
  }
  const Plotly: {
    react(
      root: HTMLElement,
      data: unknown[],
      layout: Record<string, unknown>,
      config: Record<string, unknown>,
    ): Promise<PlotlyHTMLElement>;
    purge(root: HTMLElement): void;
    Plots: { resize(root: HTMLElement): void };
  };
  export default Plotly;
}
