// The admin's rich-text editor: progressive enhancement of <textarea data-editor>. Without JavaScript the textarea
// is the editor; with it, tiptap edits the same HTML and writes it back to the textarea, which the form submits.
// Everything sent is sanitised again on the server.
import { Editor } from "@tiptap/core";
import StarterKit from "@tiptap/starter-kit";
import Image from "@tiptap/extension-image";
import { cleanPastedHtml } from "./paste.js";
import { buildToolbar } from "./toolbar.js";

function mount(textarea) {
  const host = document.createElement("div");
  host.className = "rich-editor";
  const surface = document.createElement("div");
  surface.className = "rich-editor-surface";
  textarea.hidden = true;
  textarea.after(host);
  const editor = new Editor({
    element: surface,
    content: textarea.value,
    // The CSP allows no inline <style>; the editor's own rules live in admin.css.
    injectCSS: false,
    // Each block gets dir="auto", so Arabic and English paragraphs each take their own direction.
    textDirection: "auto",
    extensions: [
      StarterKit.configure({ heading: { levels: [2, 3, 4] }, link: { openOnClick: false, autolink: true } }),
      Image.configure({ inline: false }),
    ],
    editorProps: {
      transformPastedHTML: cleanPastedHtml,
      attributes: {
        role: "textbox",
        "aria-multiline": "true",
        "aria-labelledby": textarea.labels?.[0]?.id || "",
        "aria-label": textarea.labels?.[0]?.textContent || "",
        class: "rich-editor-content",
      },
    },
    onUpdate: ({ editor: e }) => {
      textarea.value = e.getHTML();
      textarea.dispatchEvent(new Event("input", { bubbles: true }));
    },
  });
  host.append(buildToolbar(editor, textarea), surface);
  return editor;
}

function suggestSlug() {
  const source = document.querySelector("[data-slug-source]");
  const target = document.querySelector("[data-slug-target]");
  if (!source || !target || target.value) return;
  // Only a suggestion while the slug is empty; the server makes the real one (and transliterates when the site asks).
  target.placeholder = source.value.trim().toLowerCase().replace(/[^\p{L}\p{N}]+/gu, "-").replace(/^-|-$/g, "");
  source.addEventListener("input", () => {
    target.placeholder = source.value.trim().toLowerCase().replace(/[^\p{L}\p{N}]+/gu, "-").replace(/^-|-$/g, "");
  });
}

document.querySelectorAll("textarea[data-editor]").forEach(mount);
suggestSlug();
