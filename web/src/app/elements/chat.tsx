// Chat widgets: st.chat_input and st.feedback. Mirrors py/wasmlit/elements/chat.py.
//
// st.chat_input keeps its draft here (it has no value in the WidgetStore): Enter
// (without Shift) or the send button submits the text once, as a trigger
// (Note [Button triggers] in widgets.ts), and empties the box. Shift+Enter is a
// newline; the box grows with its text up to a few lines, then scrolls.

import type { JSX } from "preact";
import { useLayoutEffect, useRef, useState } from "preact/hooks";
import { useSession, type ElementProps, type ElementRegistry } from "../render";

function ChatInputEl({ el }: ElementProps<"chat_input">): JSX.Element {
  const session = useSession();
  const [text, setText] = useState("");
  const area = useRef<HTMLTextAreaElement>(null);
  useLayoutEffect(() => {
    const t = area.current;
    if (!t) return;
    t.style.height = "auto";
    t.style.height = `${t.scrollHeight}px`;
  }, [text]);
  const canSend = !el.disabled && text !== "";
  const submit = (): void => {
    if (!canSend) return;
    session.submitChat(el.id, text);
    setText("");
  };
  return (
    <div class="wl-chat-input" data-testid="stChatInput" aria-disabled={el.disabled ? "true" : undefined}>
      <textarea
        ref={area}
        class="wl-chat-input-area"
        data-testid="stChatInputTextArea"
        rows={1}
        value={text}
        placeholder={el.placeholder}
        aria-label={el.placeholder}
        maxLength={el.max_chars ?? undefined}
        disabled={el.disabled}
        onInput={(e) => setText(e.currentTarget.value)}
        onKeyDown={(e) => {
          if (e.key === "Enter" && !e.shiftKey && !e.isComposing) {
            e.preventDefault();
            submit();
          }
        }}
      />
      {el.max_chars !== null ? (
        <span class="wl-chat-input-count" data-testid="InputInstructions" aria-live="polite">
          {text.length}/{el.max_chars}
        </span>
      ) : null}
      <button
        type="button"
        class="wl-chat-input-send"
        data-testid="stChatInputSubmitButton"
        aria-label="Send"
        disabled={!canSend}
        onClick={submit}
      >
        <svg viewBox="0 0 24 24" width="18" height="18" aria-hidden="true">
          <path d="M3 20.5l18-8.5L3 3.5v6.6l12 1.9-12 1.9z" fill="currentColor" />
        </svg>
      </button>
    </div>
  );
}

// ------------------------------------------------------------------ feedback

/** The icons of st.feedback, drawn here (no icon font): 24x24 SVG content. */
function ThumbIcon({ down }: { down: boolean }): JSX.Element {
  return (
    <g transform={down ? "rotate(180 12 12)" : undefined}>
      <path d="M2.5 10h3.5v10.5H2.5z" fill="currentColor" />
      <path
        d="M8 10.2l3.6-7.2c1.6.1 2.8 1.4 2.8 3v3.6h5.3c1.3 0 2.2 1.2 2 2.4l-1.4 7.1c-.2 1-1 1.6-2 1.6H8z"
        fill="currentColor"
      />
    </g>
  );
}

const MOUTHS = ["M8 16.8q4-3.4 8 0", "M8.5 16.2q3.5-1.6 7 0", "M8.5 15.4h7", "M8.5 14.4q3.5 2.6 7 0", "M7.8 13.6h8.4q-.6 4.4-4.2 4.4t-4.2-4.4z"];

function FaceIcon({ i }: { i: number }): JSX.Element {
  return (
    <g fill="none" stroke="currentColor" stroke-width="1.7" stroke-linecap="round">
      <circle cx="12" cy="12" r="9.2" />
      <circle cx="9" cy="9.8" r=".6" fill="currentColor" />
      <circle cx="15" cy="9.8" r=".6" fill="currentColor" />
      <path d={MOUTHS[i] ?? MOUTHS[2]} fill={i === 4 ? "currentColor" : "none"} />
    </g>
  );
}

function StarIcon({ filled }: { filled: boolean }): JSX.Element {
  return (
    <path
      d="M12 2.8l2.8 5.9 6.4.8-4.7 4.4 1.2 6.4L12 17.1l-5.7 3.2 1.2-6.4-4.7-4.4 6.4-.8z"
      fill={filled ? "currentColor" : "none"}
      stroke="currentColor"
      stroke-width="1.6"
      stroke-linejoin="round"
    />
  );
}

const FEEDBACK_NAMES: Readonly<Record<string, readonly string[]>> = {
  thumbs: ["Thumbs up", "Thumbs down"],
  faces: ["Very dissatisfied", "Dissatisfied", "Neutral", "Satisfied", "Very satisfied"],
  stars: ["1 star", "2 stars", "3 stars", "4 stars", "5 stars"],
};

function FeedbackEl({ el }: ElementProps<"feedback">): JSX.Element {
  const session = useSession();
  const raw = session.widgets.value(el.id).value;
  const chosen = Array.isArray(raw) && typeof raw[0] === "number" ? raw[0] : null;
  const [hover, setHover] = useState<number | null>(null);
  const stars = el.variant === "stars";
  // Stars light up to the one chosen (or hovered); other variants show only the chosen one.
  const lit = (i: number): boolean => {
    const upTo = hover ?? chosen;
    return stars ? upTo !== null && i <= upTo : i === chosen;
  };
  return (
    <div class="wl-feedback" data-testid="stButtonGroup" data-variant={el.variant} onMouseLeave={() => setHover(null)}>
      <div class="wl-feedback-options" role="group" aria-label="Feedback">
        {el.options.map((_, i) => {
          const on = i === chosen;
          return (
            <button
              type="button"
              key={i}
              class="wl-feedback-option"
              data-testid={`stBaseButton-borderlessIcon${on ? "Active" : ""}`}
              data-lit={lit(i) ? "true" : undefined}
              aria-pressed={on ? "true" : "false"}
              aria-label={FEEDBACK_NAMES[el.variant]?.[i] ?? String(i + 1)}
              disabled={el.disabled}
              onMouseEnter={() => setHover(el.disabled ? null : i)}
              onClick={() => session.change(el.id, on ? [] : [i])}
            >
              <svg viewBox="0 0 24 24" width="22" height="22" aria-hidden="true">
                {el.variant === "thumbs" ? <ThumbIcon down={i === 1} /> : null}
                {el.variant === "faces" ? <FaceIcon i={i} /> : null}
                {stars ? <StarIcon filled={lit(i)} /> : null}
              </svg>
            </button>
          );
        })}
      </div>
    </div>
  );
}

export const chatRenderers = {
  chat_input: ChatInputEl,
  feedback: FeedbackEl,
} satisfies Partial<ElementRegistry>;
