// st.file_uploader and st.camera_input, loaded on first use (uploads.tsx).
// Mirrors py/wasmlit/elements/uploads.py.
//
// A picked file's bytes go to Python once, in an upload_files BackMsg; the
// widget's value (a FileUploaderState) then names it by id, so reruns never
// resend the bytes (Note [Uploads] in py/wasmlit/state/uploads.py). File ids
// are numbered by this page, increasing, and `max_file_id` is the newest id
// made so far: files of the widget older than it and not listed are dropped.

import type { JSX } from "preact";
import { useEffect, useMemo, useRef, useState } from "preact/hooks";
import type { FileUpload, JSONValue } from "../../protocol.gen";
import { useSession, type ElementProps } from "../render";
import type { Session } from "../session";
import { domId, WidgetLabel } from "./common";

interface FileInfo {
  readonly file_id: number;
  readonly name: string;
  readonly type: string;
  readonly size: number;
}

let lastFileId = 0;

/** The files a widget value lists (the JSON the page and Python exchange). */
export function filesOf(value: JSONValue): FileInfo[] {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return [];
  const files = value["files"];
  if (!Array.isArray(files)) return [];
  const out: FileInfo[] = [];
  for (const f of files) {
    if (typeof f !== "object" || f === null || Array.isArray(f)) continue;
    const { file_id, name, type, size } = f;
    if (typeof file_id === "number" && typeof name === "string" && typeof type === "string" && typeof size === "number") {
      out.push({ file_id, name, type, size });
    }
  }
  return out;
}

function stateValue(files: readonly FileInfo[]): { [key: string]: JSONValue } {
  return {
    max_file_id: lastFileId,
    files: files.map((f) => ({ file_id: f.file_id, name: f.name, type: f.type, size: f.size })),
  };
}

/** Streamlit's size text: "16.0B", "1.2KB", "200.0MB" (`digits` after the point). */
export function sizeDisplay(bytes: number, digits = 1): string {
  const units = ["B", "KB", "MB", "GB"];
  let size = bytes;
  let unit = 0;
  while (size >= 1024 && unit < units.length - 1) {
    size /= 1024;
    unit += 1;
  }
  return `${size.toFixed(digits)}${units[unit] ?? "B"}`;
}

/** Why `file` may not be uploaded (Streamlit's messages), or null. */
export function rejection(file: { name: string; type: string; size: number }, accept: readonly string[], maxMb: number): string | null {
  const name = file.name.toLowerCase();
  if (accept.length > 0 && !accept.some((ext) => name.endsWith(ext))) {
    const dot = name.lastIndexOf(".");
    return `${file.type || (dot >= 0 ? name.slice(dot) : name)} files are not allowed.`;
  }
  if (file.size > maxMb * 1024 * 1024) return `File must be ${sizeDisplay(maxMb * 1024 * 1024)} or smaller.`;
  return null;
}

/** Sends the files' bytes (once), then the widget's value with them added (`keep`: the files it keeps). */
async function sendFiles(session: Session, id: string, files: readonly File[], keep: readonly FileInfo[]): Promise<FileInfo[]> {
  const uploads: FileUpload[] = await Promise.all(
    files.map(async (f) => ({
      file_id: ++lastFileId,
      widget_id: id,
      name: f.name,
      type: f.type || "application/octet-stream",
      data: new Uint8Array(await f.arrayBuffer()),
    })),
  );
  session.upload(uploads);
  const all = [...keep, ...uploads.map((u) => ({ file_id: u.file_id, name: u.name, type: u.type, size: u.data.byteLength }))];
  session.change(id, stateValue(all));
  return all;
}

interface Rejected {
  readonly key: number;
  readonly name: string;
  readonly size: number;
  readonly error: string;
}

function FileIcon(): JSX.Element {
  return (
    <svg viewBox="0 0 24 24" width="24" height="24" aria-hidden="true">
      <path d="M6 2h8l6 6v14H6z" fill="none" stroke="currentColor" stroke-width="1.5" stroke-linejoin="round" />
      <path d="M14 2v6h6" fill="none" stroke="currentColor" stroke-width="1.5" stroke-linejoin="round" />
    </svg>
  );
}

function FileRow(props: { name: string; size: number; error?: string; disabled: boolean; onDelete: () => void }): JSX.Element {
  return (
    <li class="wl-upload-file" data-testid="stFileUploaderFile">
      <FileIcon />
      <div class="wl-upload-file-data">
        <span class="wl-upload-file-name" data-testid="stFileUploaderFileName" title={props.name}>
          {props.name}
        </span>
        {props.error ? (
          <small class="wl-upload-file-error" data-testid="stFileUploaderFileErrorMessage">
            {props.error}
          </small>
        ) : (
          <small class="wl-upload-file-size">{sizeDisplay(props.size)}</small>
        )}
      </div>
      <button
        type="button"
        class="wl-upload-delete"
        data-testid="stFileUploaderDeleteBtn"
        aria-label={`Remove ${props.name}`}
        disabled={props.disabled}
        onClick={props.onDelete}
      >
        ×
      </button>
    </li>
  );
}

export function FileUploaderEl({ el }: ElementProps<"file_uploader">): JSX.Element {
  const session = useSession();
  const files = filesOf(session.widgets.value(el.id).value);
  const [rejected, setRejected] = useState<Rejected[]>([]);
  const [dragging, setDragging] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const id = useMemo(() => domId("wl-upload"), []);

  const pick = (list: FileList | null): void => {
    if (!list || el.disabled) return;
    const bad: Rejected[] = [];
    const good: File[] = [];
    for (const f of Array.from(list)) {
      const error = rejection(f, el.accept, el.max_upload_size_mb);
      if (error !== null) bad.push({ key: ++lastFileId, name: f.name, size: f.size, error });
      else if (!el.multiple && good.length > 0) bad.push({ key: ++lastFileId, name: f.name, size: f.size, error: "Only one file is allowed." });
      else good.push(f);
    }
    setRejected(el.multiple ? [...rejected, ...bad] : bad);
    if (good.length > 0) void sendFiles(session, el.id, good, el.multiple ? files : []);
  };
  const remove = (fileId: number): void => {
    session.change(el.id, stateValue(files.filter((f) => f.file_id !== fileId)));
  };
  const types = el.accept.map((ext) => ext.replace(/^\./, "").toUpperCase()).join(", ");

  return (
    <div class="wl-upload" data-testid="stFileUploader">
      <WidgetLabel label={el.label} help={el.help} visibility={el.label_visibility} htmlFor={id} disabled={el.disabled} />
      <section
        class="wl-upload-dropzone"
        data-testid="stFileUploaderDropzone"
        data-dragging={dragging ? "true" : undefined}
        aria-disabled={el.disabled ? "true" : undefined}
        onDragOver={(e) => {
          e.preventDefault();
          if (!el.disabled) setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={(e) => {
          e.preventDefault();
          setDragging(false);
          pick(e.dataTransfer?.files ?? null);
        }}
      >
        <input
          ref={input}
          id={id}
          class="wl-upload-input"
          data-testid="stFileUploaderDropzoneInput"
          type="file"
          accept={el.accept.length > 0 ? el.accept.join(",") : undefined}
          multiple={el.multiple}
          disabled={el.disabled}
          tabIndex={-1}
          onChange={(e) => {
            pick(e.currentTarget.files);
            e.currentTarget.value = ""; // the same file may be picked again
          }}
        />
        <div class="wl-upload-instructions" data-testid="stFileUploaderDropzoneInstructions">
          <span>Drag and drop {el.multiple ? "files" : "file"} here</span>
          <small>
            Limit {sizeDisplay(el.max_upload_size_mb * 1024 * 1024, 0)} per file
            {types ? ` • ${types}` : ""}
          </small>
        </div>
        <button type="button" class="wl-btn" data-testid="stBaseButton-secondary" disabled={el.disabled} onClick={() => input.current?.click()}>
          Browse files
        </button>
      </section>
      {files.length + rejected.length > 0 && (
        <ul class="wl-upload-files" data-testid="stFileUploaderFileList">
          {rejected
            .slice()
            .reverse()
            .map((r) => (
              <FileRow key={`r${r.key}`} name={r.name} size={r.size} error={r.error} disabled={el.disabled} onDelete={() => setRejected(rejected.filter((x) => x.key !== r.key))} />
            ))}
          {files
            .slice()
            .reverse()
            .map((f) => (
              <FileRow key={f.file_id} name={f.name} size={f.size} disabled={el.disabled} onDelete={() => remove(f.file_id)} />
            ))}
        </ul>
      )}
    </div>
  );
}

// ------------------------------------------------------------- camera_input

const CAMERA_HELP_URL = "https://docs.streamlit.io/knowledge-base/using-streamlit/enable-camera";
/** file id -> an object URL of the photo taken on this page (to show it after a rerun). */
const photos = new Map<number, string>();

type Permission = "pending" | "granted" | "denied";

export function CameraInputEl({ el }: ElementProps<"camera_input">): JSX.Element {
  const session = useSession();
  const photo = filesOf(session.widgets.value(el.id).value)[0];
  const [permission, setPermission] = useState<Permission>("pending");
  const video = useRef<HTMLVideoElement>(null);
  const live = !el.disabled && photo === undefined;

  useEffect(() => {
    if (!live) return;
    let stream: MediaStream | null = null;
    let cancelled = false;
    const media = typeof navigator !== "undefined" ? navigator.mediaDevices : undefined;
    // No camera API (an insecure context, an old browser): say so, never throw.
    if (!media || typeof media.getUserMedia !== "function") {
      setPermission("denied");
      return;
    }
    media.getUserMedia({ video: true, audio: false }).then(
      (s) => {
        if (cancelled) {
          for (const t of s.getTracks()) t.stop();
          return;
        }
        stream = s;
        const v = video.current;
        if (v) {
          v.srcObject = s;
          void v.play().catch(() => undefined);
        }
        setPermission("granted");
      },
      () => {
        if (!cancelled) setPermission("denied");
      },
    );
    return () => {
      cancelled = true;
      if (stream) for (const t of stream.getTracks()) t.stop();
    };
  }, [live]);

  const take = (): void => {
    const v = video.current;
    if (!v || v.videoWidth === 0) return;
    const canvas = document.createElement("canvas");
    canvas.width = v.videoWidth;
    canvas.height = v.videoHeight;
    canvas.getContext("2d")?.drawImage(v, 0, 0);
    canvas.toBlob(
      (blob) => {
        if (!blob) return;
        const file = new File([blob], "image.jpg", { type: "image/jpeg" });
        void sendFiles(session, el.id, [file], []).then((all) => {
          const shot = all[0];
          if (shot) photos.set(shot.file_id, URL.createObjectURL(blob));
        });
      },
      "image/jpeg",
      0.95,
    );
  };
  const clear = (): void => {
    if (photo) {
      const url = photos.get(photo.file_id);
      if (url) URL.revokeObjectURL(url);
      photos.delete(photo.file_id);
    }
    session.change(el.id, stateValue([]));
  };
  const shown = photo ? photos.get(photo.file_id) : undefined;
  const asking = live && permission !== "granted";

  return (
    <div class="wl-camera" data-testid="stCameraInput">
      <WidgetLabel label={el.label} help={el.help} visibility={el.label_visibility} disabled={el.disabled} />
      <div class="wl-camera-box" data-testid="stCameraInputWebcamStyledBox">
        {asking && (
          <div class="wl-camera-ask">
            {permission === "denied" ? (
              <span>
                This app would like to use your camera.{" "}
                <a href={CAMERA_HELP_URL} target="_blank" rel="noopener noreferrer">
                  Learn how to allow access.
                </a>
              </span>
            ) : (
              <span>This app would like to use your camera.</span>
            )}
          </div>
        )}
        {live && <video ref={video} class="wl-camera-video" data-testid="stCameraInputWebcamComponent" muted playsInline hidden={asking} />}
        {photo && (shown ? <img class="wl-camera-photo" src={shown} alt={el.label} /> : <div class="wl-camera-ask">{photo.name}</div>)}
      </div>
      {photo ? (
        <button type="button" class="wl-btn wl-camera-btn" data-testid="stCameraInputButton" disabled={el.disabled} onClick={clear}>
          Clear photo
        </button>
      ) : (
        <button type="button" class="wl-btn wl-camera-btn" data-testid="stCameraInputButton" disabled={el.disabled || permission !== "granted"} onClick={take}>
          Take Photo
        </button>
      )}
    </div>
  );
}
