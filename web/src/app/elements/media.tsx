// Media: st.image and st.pyplot (image_list), st.audio and st.video (media),
// st.logo. Bytes arrive as transferred buffers (Note [Bulk bytes]) and are
// shown through Blob URLs, revoked when the element goes; URLs from the script
// are data, so only http(s) and inline data of the element's own type load.

import type { JSX } from "preact";
import { useEffect, useMemo } from "preact/hooks";
import type { ImageItem, Subtitle } from "../../protocol.gen";
import type { ElementProps } from "../render";

/** A URL the page may load for `kind` ("image", "audio", "video"), else null. */
export function safeMediaUrl(url: string, kind: "image" | "audio" | "video"): string | null {
  const u = url.trim();
  if (/^https?:\/\//i.test(u)) return u;
  if (u.toLowerCase().startsWith(`data:${kind}/`)) return u;
  return null;
}

/** A Blob URL for `data` (revoked on unmount or change), else the safe `url`. */
function useSource(data: Uint8Array<ArrayBuffer> | null, url: string | null, mime: string, kind: "image" | "audio" | "video"): string | null {
  const blobUrl = useMemo(
    () => (data ? URL.createObjectURL(new Blob([data], mime ? { type: mime } : {})) : null),
    [data, mime],
  );
  useEffect(() => () => { if (blobUrl) URL.revokeObjectURL(blobUrl); }, [blobUrl]);
  return blobUrl ?? (url ? safeMediaUrl(url, kind) : null);
}

function OneImage({ item, width, full }: { item: ImageItem; width: number | null; full: boolean }): JSX.Element {
  const src = useSource(item.data, item.url, item.mime, "image");
  const style = full ? { width: "100%" } : width !== null ? { width: `${width}px` } : { maxWidth: "100%" };
  return (
    <div class="wl-image" data-testid="stImage">
      {src ? <img src={src} alt={item.caption ?? ""} style={style} /> : null}
      {item.caption ? (
        <div class="wl-image-caption" data-testid="stImageCaption">
          {item.caption}
        </div>
      ) : null}
    </div>
  );
}

function ImageListEl({ el }: ElementProps<"image_list">): JSX.Element {
  return (
    <div class="wl-images" data-testid="stFullScreenFrame" data-pyplot={el.pyplot ? "true" : undefined}>
      {el.images.map((item, i) => (
        <OneImage key={i} item={item} width={el.width} full={el.use_container_width} />
      ))}
    </div>
  );
}

function Track({ sub, first }: { sub: Subtitle; first: boolean }): JSX.Element {
  const src = useSource(sub.data, null, "text/vtt", "video");
  return <track kind="captions" label={sub.label} src={src ?? undefined} default={first} />;
}

function MediaEl({ el }: ElementProps<"media">): JSX.Element {
  const src = useSource(el.data, el.url, el.mime, el.media_type);
  // A #t= fragment starts (and ends) playback where the script asked.
  const frag = el.start_time > 0 || el.end_time !== null ? `#t=${el.start_time}${el.end_time !== null ? `,${el.end_time}` : ""}` : "";
  const full = src ? src + frag : undefined;
  if (el.media_type === "audio") {
    return <audio class="wl-audio" data-testid="stAudio" controls src={full} loop={el.loop} autoplay={el.autoplay} />;
  }
  return (
    <video class="wl-video" data-testid="stVideo" controls src={full} loop={el.loop} autoplay={el.autoplay} muted={el.muted} crossOrigin="anonymous">
      {el.subtitles.map((s, i) => <Track key={s.label} sub={s} first={i === 0} />)}
    </video>
  );
}

function LogoEl({ el }: ElementProps<"logo">): JSX.Element {
  const src = useSource(el.image.data, el.image.url, el.image.mime, "image");
  const img = src ? <img class={`wl-logo wl-logo-${el.size}`} data-testid="stLogo" src={src} alt="Logo" /> : null;
  const href = el.link && /^https?:\/\//i.test(el.link) ? el.link : null;
  return (
    <div class="wl-logo-box" data-testid="stHeaderLogo">
      {href ? <a href={href} target="_blank" rel="noopener noreferrer" data-testid="stLogoLink">{img}</a> : img}
    </div>
  );
}

export const mediaRenderers = {
  image_list: ImageListEl,
  media: MediaEl,
  logo: LogoEl,
};
