// Status elements: alert (success/info/warning/error), exception, progress,
// spinner. Mirrors py/wasmlit/elements/status.py.

import type { JSX } from "preact";
import type { ElementProps, ElementRegistry } from "../render";
import { MarkdownHtml } from "./common";

function AlertEl({ el }: ElementProps<"alert">): JSX.Element {
  return (
    <div class="wl-alert" data-testid="stAlert" data-level={el.level}>
      <div class="wl-alert-box" data-testid="stAlertContainer" role="alert">
        {el.icon ? (
          <span class="wl-alert-icon" data-testid="stAlertDynamicIcon" aria-hidden="true">
            <MarkdownHtml body={el.icon} inline tag="span" />
          </span>
        ) : null}
        <div data-testid={`stAlertContent${el.level[0]?.toUpperCase() ?? ""}${el.level.slice(1)}`} class="wl-alert-body">
          <MarkdownHtml body={el.body} testid="stMarkdownContainer" class="wl-md" />
        </div>
      </div>
    </div>
  );
}

function ExceptionEl({ el }: ElementProps<"exception">): JSX.Element {
  return (
    <div class="wl-alert wl-exception" data-testid="stException" data-level={el.is_warning ? "warning" : "error"}>
      <div class="wl-alert-box" role="alert">
        <div class="wl-exc-message" data-testid="stExceptionMessage">
          <strong>{el.type_name}</strong>
          {el.message ? `: ${el.message}` : ""}
        </div>
        {el.stack_trace.length > 0 ? (
          <div class="wl-exc-trace" data-testid="stExceptionTraceback">
            <p class="wl-exc-trace-title">Traceback:</p>
            <pre>
              <code>{el.stack_trace.join("\n")}</code>
            </pre>
          </div>
        ) : null}
      </div>
    </div>
  );
}

function ProgressEl({ el }: ElementProps<"progress">): JSX.Element {
  const pct = Math.min(100, Math.max(0, el.value));
  return (
    <div class="wl-progress" data-testid="stProgress">
      {el.text ? <MarkdownHtml body={el.text} class="wl-md wl-progress-text" testid="stMarkdownContainer" /> : null}
      <div
        class="wl-progress-track"
        role="progressbar"
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={pct}
        aria-label={el.text ?? "progress"}
      >
        <div class="wl-progress-bar" style={{ width: `${pct}%` }} />
      </div>
    </div>
  );
}

function SpinnerEl({ el }: ElementProps<"spinner">): JSX.Element {
  return (
    <div class="wl-spinner" data-testid="stSpinner">
      <i class="wl-spinner-icon" aria-hidden="true" />
      <MarkdownHtml body={el.text} inline tag="span" testid="stMarkdownContainer" />
    </div>
  );
}

export const statusRenderers = {
  alert: AlertEl,
  exception: ExceptionEl,
  progress: ProgressEl,
  spinner: SpinnerEl,
} satisfies Partial<ElementRegistry>;
