// Status elements: alert (success/info/warning/error), exception, progress,
// spinner, toast, celebration (balloons, snow). Mirrors py/wasmlit/elements/status.py.

import type { JSX } from "preact";
import { useEffect, useState } from "preact/hooks";
import type { ElementProps, ElementRegistry } from "../render";
import { Icon, MarkdownHtml } from "./common";

function AlertEl({ el }: ElementProps<"alert">): JSX.Element {
  return (
    <div class="wl-alert" data-testid="stAlert" data-level={el.level}>
      <div class="wl-alert-box" data-testid="stAlertContainer" role="alert">
        {el.icon ? (
          <span class="wl-alert-icon" data-testid="stAlertDynamicIcon" aria-hidden="true">
            <Icon icon={el.icon} />
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

/**
 * A toast shows for `duration` seconds (0: until closed) each time the script
 * sends it: a rerun that calls st.toast again, or `.toast()` on the returned
 * element, which updates it in place (ANIM-08).
 */
function ToastEl({ el }: ElementProps<"toast">): JSX.Element | null {
  const [shown, setShown] = useState(true);
  useEffect(() => {
    setShown(true);
    if (el.duration === 0) return undefined;
    const timer = setTimeout(() => setShown(false), el.duration * 1000);
    return () => clearTimeout(timer);
  }, [el]);
  if (!shown) return null;
  return (
    <div class="wl-toast" data-testid="stToast" role="status">
      {el.icon ? (
        <span class="wl-toast-icon" data-testid="stToastDynamicIcon" aria-hidden="true">
          <Icon icon={el.icon} />
        </span>
      ) : null}
      <MarkdownHtml body={el.body} testid="stMarkdownContainer" class="wl-md wl-toast-body" />
      <button type="button" class="wl-toast-close" aria-label="Close" onClick={() => setShown(false)}>
        ×
      </button>
    </div>
  );
}

const CELEBRATION_MS = 2500;
const FLAKES = 24;

/**
 * st.balloons / st.snow: a fixed overlay of rising balloons or falling
 * flakes, played once each time the script sends it, then removed; it takes
 * no room in the page and ignores the mouse.
 */
function CelebrationEl({ el }: ElementProps<"celebration">): JSX.Element | null {
  const [playing, setPlaying] = useState(true);
  useEffect(() => {
    setPlaying(true);
    const timer = setTimeout(() => setPlaying(false), CELEBRATION_MS);
    return () => clearTimeout(timer);
  }, [el]);
  if (!playing) return null;
  const glyph = el.effect === "balloons" ? "🎈" : "❄";
  return (
    <div
      class={`wl-celebration wl-${el.effect}`}
      data-testid={el.effect === "balloons" ? "stBalloons" : "stSnow"}
      aria-hidden="true"
    >
      {Array.from({ length: FLAKES }, (_, i) => (
        <span
          key={i}
          class="wl-celebration-item"
          style={{ left: `${(i * 37) % 100}%`, animationDelay: `${(i % 8) * 0.15}s` }}
        >
          {glyph}
        </span>
      ))}
    </div>
  );
}

export const statusRenderers = {
  alert: AlertEl,
  exception: ExceptionEl,
  progress: ProgressEl,
  spinner: SpinnerEl,
  toast: ToastEl,
  celebration: CelebrationEl,
} satisfies Partial<ElementRegistry>;
