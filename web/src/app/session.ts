// One page session: applies ForwardMsgs to the tree and the page state, and
// turns user actions into BackMsgs. No DOM here (see chrome/ for that).

import { computed, signal } from "@preact/signals";
import { assertNever, type BackMsg, type BootStatus, type Fatal, type ForwardMsg, type PageConfig } from "../protocol.gen";
import type { AppConfig } from "../protocol.gen";
import type { Element, Form, FormSubmitButton, FragmentBody } from "../protocol.gen";
import type { FileUpload, JSONValue } from "../protocol.gen";
import { AppTree, type TreeNode } from "./tree";
import { Pages, windowLocator, type Locator } from "./routing";
import { hasValue, isWidget, selectionWidget, WidgetStore, type WidgetElement } from "./widgets";

export type Phase = "booting" | "ready" | "failed";

export class Session {
  readonly tree = new AppTree();
  readonly widgets = new WidgetStore();
  readonly boot = signal<BootStatus>({ type: "boot", stage: "download", detail: "" });
  readonly fatal = signal<Fatal | null>(null);
  readonly pageConfig = signal<PageConfig>({
    type: "page_config", title: null, icon: null, layout: "centered", sidebar: "auto", menu_items: null,
  });
  /** Set while an encrypted bundle waits for its password (chrome/passwordGate.tsx). */
  readonly password = signal<{ error: string | null } | null>(null);
  /** .streamlit/config.toml's theme and chrome options (py/wasmlit/config.py). */
  readonly appConfig = signal<AppConfig>({
    type: "app_config",
    theme: { base: null, primary_color: null, background_color: null, secondary_background_color: null, text_color: null, font: null },
    toolbar_mode: "auto",
    show_sidebar_navigation: true,
    run_on_save: false,
    allow_run_on_save: true,
  });
  /** booting until the first run has drawn something or finished. */
  readonly phase = signal<Phase>("booting");
  /** True once the first run has finished (the boot screen is gone). */
  readonly firstRunDone = signal(false);
  readonly running = computed(() => this.tree.currentRun.value !== null);
  /**
   * Runs finished so far (any status). On stApp as data-test-run-count, beside
   * Streamlit's data-test-script-state: a run of a few milliseconds may start
   * and end within one render (Note [Batched delivery] in channel.ts), so tests
   * wait for this count instead of for the status widget to come and go.
   */
  readonly finishedRuns = signal(0);

  /** The app's pages and the URL's route (routing.ts). */
  readonly pages: Pages;
  private readonly sendMsg: (msg: BackMsg) => void;

  constructor(send: (msg: BackMsg) => void, locator: Locator = windowLocator) {
    this.pages = new Pages(locator);
    this.sendMsg = (msg: BackMsg) => send(this.pages.stamp(msg));
  }

  handle(msg: ForwardMsg): void {
    switch (msg.type) {
      case "boot":
        // Marks for bench/ (Note [Boot marks]): when each boot stage began.
        if (performance.getEntriesByName(`wasmlit:${msg.stage}`).length === 0) {
          performance.mark(`wasmlit:${msg.stage}`);
        }
        this.boot.value = msg;
        return;
      case "script_started":
        this.scriptStarted(msg.run_id, msg.fragment_ids);
        return;
      case "fragment_body":
        this.fragmentBody(msg);
        return;
      case "element":
        this.tree.applyElement(msg);
        if (isWidget(msg.element) && hasValue(msg.element)) this.widgets.sync(msg.element);
        this.markDrawn();
        return;
      case "block":
        this.tree.applyBlock(msg);
        this.markDrawn();
        return;
      case "script_finished":
        this.tree.scriptFinished(msg.run_id, msg.status);
        if (msg.status !== "rerun") this.widgets.retain(new Set(this.shownWidgets().map((w) => w.id)));
        this.markDrawn();
        this.firstRunDone.value = true;
        this.finishedRuns.value += 1;
        return;
      case "page_config":
        this.pageConfig.value = msg;
        return;
      case "app_config":
        this.appConfig.value = msg;
        return;
      case "password_required":
        this.password.value = { error: msg.error };
        return;
      case "fatal":
        this.fail(msg.message, msg.detail);
        return;
      case "navigation":
      case "query_string":
        this.pages.handle(msg);
        return;
      default:
        assertNever(msg);
    }
  }

  fail(message: string, detail: string): void {
    this.fatal.value = { type: "fatal", message, detail };
    this.phase.value = "failed";
  }

  /**
   * A user changed a widget: store its value, rerun with all widgets; inside
   * a form, only store it (Note [Form batching] in widgets.ts).
   */
  change(id: string, value: WidgetValue): void {
    const form = this.formOf(id);
    if (form) {
      this.widgets.setInForm(form.block.form_id, id, value);
      return;
    }
    this.widgets.set(id, value);
    this.sendMsg(this.widgets.rerun(this.shownWidgets(), null, this.fragmentOf(id)));
  }

  /** A submit button press: the form's values and the trigger in one rerun. */
  submit(formId: string, buttonId: string): void {
    this.widgets.submitForm(formId);
    this.sendMsg(this.widgets.rerun(this.shownWidgets(), buttonId, this.fragmentOf(buttonId)));
  }

  /**
   * Enter (Ctrl/Cmd+Enter in a text area) in widget `id`: submits its form
   * through the form's first submit button, as Streamlit does, unless the
   * form has enter_to_submit=False or that button is disabled (FORM-09).
   * Returns whether it submitted.
   */
  submitOnEnter(id: string): boolean {
    const target = this.enterTarget(id);
    if (!target) return false;
    this.submit(target.formId, target.buttonId);
    return true;
  }

  /**
   * What Enter in widget `id` does, for its instruction text: "apply" (not in
   * a form), "submit" (submits its form), or "none" (a form Enter cannot submit).
   */
  enterAction(id: string): "apply" | "submit" | "none" {
    if (!this.formOf(id)) return "apply";
    return this.enterTarget(id) ? "submit" : "none";
  }

  private enterTarget(id: string): { formId: string; buttonId: string } | null {
    const form = this.formOf(id);
    if (!form || !form.block.enter_to_submit) return null;
    const button = firstSubmitButton(form.node);
    if (!button || button.disabled) return null;
    return { formId: form.block.form_id, buttonId: button.id };
  }

  /** The form (block and node) that shows widget `id`, if any. */
  formOf(id: string): { block: Form; node: TreeNode } | null {
    const visit = (node: TreeNode, form: { block: Form; node: TreeNode } | null): { block: Form; node: TreeNode } | null => {
      const st = node.state.value;
      if (st.node === "element") return widgetIdOf(st.element) === id ? form : null;
      const here = st.block.kind === "form" ? { block: st.block, node } : form;
      for (const c of st.children) {
        if (!c) continue;
        const found = visit(c, here);
        if (found) return found;
      }
      return null;
    };
    for (const root of this.tree.roots) {
      const found = visit(root, null);
      if (found) return found;
    }
    return null;
  }

  /**
   * Files picked in a file_uploader or camera_input: their bytes go to Python
   * once; the widget's new value follows through change() (Note [Uploads] in
   * py/wasmlit/state/uploads.py).
   */
  upload(files: FileUpload[]): void {
    this.sendMsg({ type: "upload_files", files });
  }

  /** A button press: a rerun with that button's trigger. */
  press(id: string): void {
    this.sendMsg(this.widgets.rerun(this.shownWidgets(), id, this.fragmentOf(id)));
  }

  /** st.chat_input's submit: a rerun whose trigger carries the text (Note [Button triggers]). */
  submitChat(id: string, text: string): void {
    this.sendMsg(this.widgets.rerun(this.shownWidgets(), id, this.fragmentOf(id), text));
  }

  // --------------------------------------------------------------- fragments
  // Note [Fragment runs] in py/wasmlit/runtime/fragment.py, Note [Fragment
  // scope] in tree.ts.

  /** Fragment id -> the path of its body, as the last runs declared them. */
  private readonly fragments = new Map<string, readonly number[]>();
  /** Fragment id -> its run_every timer. */
  private readonly timers = new Map<string, ReturnType<typeof setInterval>>();

  private scriptStarted(runId: number, fragmentIds: readonly string[]): void {
    if (fragmentIds.length === 0) {
      // A full run declares again every fragment it still calls (and restarts
      // their timers), as Streamlit's frontend does.
      this.fragments.clear();
      for (const t of this.timers.values()) clearInterval(t);
      this.timers.clear();
      this.tree.scriptStarted(runId);
      return;
    }
    const bodies: TreeNode[] = [];
    for (const id of fragmentIds) {
      const path = this.fragments.get(id);
      const node = path ? this.tree.at(path) : undefined;
      if (node) bodies.push(node);
    }
    this.tree.scriptStarted(runId, bodies);
  }

  private fragmentBody(msg: FragmentBody): void {
    this.fragments.set(msg.fragment_id, msg.path);
    const seconds = msg.run_every;
    if (seconds !== null && seconds > 0 && !this.timers.has(msg.fragment_id)) {
      const id = msg.fragment_id;
      this.timers.set(id, setInterval(() => this.sendMsg(this.widgets.rerun(this.shownWidgets(), null, id)), seconds * 1000));
    }
  }

  /** The innermost fragment whose body shows widget `id`, if any. */
  fragmentOf(id: string): string | null {
    let best: { id: string; depth: number } | null = null;
    for (const [fid, path] of this.fragments) {
      const body = this.tree.at(path);
      if (body && showsWidget(body, id) && (!best || path.length > best.depth)) best = { id: fid, depth: path.length };
    }
    return best?.id ?? null;
  }

  stop(): void {
    this.sendMsg({ type: "stop" });
  }

  /** Rerun with the current widget values (like Streamlit's "R" key). */
  rerun(): void {
    this.sendMsg(this.widgets.rerun(this.shownWidgets()));
  }

  /** A page chosen in the navigation or by st.page_link: run it (Note [Route history]). */
  goToPage(page: string): void {
    this.pages.go(page);
    this.rerun();
  }

  /** The first run runs the page the URL names (sent before Python has started). */
  /** The visitor navigated by URL: a run in a new session (Note [URL navigation] in routing.ts). */
  newSession(): void {
    this.widgets.retain(new Set());
    this.sendMsg({ type: "rerun", widgets: [], fragment_id: null, page: null, query_string: null, new_session: true });
  }

  announceRoute(): void {
    if (this.pages.addressed) this.rerun();
  }

  /** The visitor's password for an encrypted bundle: only the worker reads it. */
  unlock(password: string): void {
    this.password.value = null;
    this.sendMsg({ type: "unlock", password });
  }

  /** The menu's "Clear cache" (the "C" key): empty both caches, then rerun. */
  clearCache(): void {
    this.sendMsg({ type: "clear_cache" });
    this.rerun();
  }

  shownWidgets(): WidgetElement[] {
    const out: WidgetElement[] = [];
    for (const node of this.tree.walk()) {
      const st = node.state.value;
      if (st.node !== "element") continue;
      if (isWidget(st.element)) out.push(st.element);
      else {
        const sel = selectionWidget(st.element);
        if (sel) out.push(sel);
      }
    }
    return out;
  }

  /**
   * Note [Boot marks]
   * ~~~~~~~~~~~~~~~~~
   * The page leaves performance marks named wasmlit:<stage> when a boot stage
   * begins (download, python, packages, app, run) and wasmlit:first-element
   * when the first run draws, so bench/run.py can say where start-up time
   * goes without instrumenting a build. Marks cost nothing when unread.
   */
  private markDrawn(): void {
    if (this.phase.value === "booting") {
      performance.mark("wasmlit:first-element");
      this.phase.value = "ready";
    }
  }
}

export type WidgetValue = string | number | boolean | null | number[] | string[] | { [key: string]: JSONValue };

/** Whether widget `id` is shown below `node`. */
function showsWidget(node: TreeNode, id: string): boolean {
  const st = node.state.value;
  if (st.node === "element") return widgetIdOf(st.element) === id;
  return st.children.some((c) => c !== undefined && showsWidget(c, id));
}

/** The widget id an element holds a value under: a widget's id, or a dataframe
 * selection's (so a selection in a form waits for submit and one in a fragment
 * reruns only the fragment, as in Streamlit; issue #6), else null. */
function widgetIdOf(el: Element): string | null {
  if (isWidget(el)) return el.id;
  return selectionWidget(el)?.id ?? null;
}

/** The first st.form_submit_button below `node`, in display order. */
export function firstSubmitButton(node: TreeNode): FormSubmitButton | null {
  const st = node.state.value;
  if (st.node === "element") return st.element.kind === "form_submit_button" ? st.element : null;
  for (const c of st.children) {
    const found = c ? firstSubmitButton(c) : null;
    if (found) return found;
  }
  return null;
}
