// The admin's rich-text editor: progressive enhancement of <textarea data-editor>. Without JavaScript the textarea
// is the editor; with it, tiptap edits the same HTML and writes it back to the textarea, which the form submits.
// Everything sent is sanitised again on the server.
import { Editor, Extension } from "@tiptap/core";
import StarterKit from "@tiptap/starter-kit";
import Image from "@tiptap/extension-image";
import { cleanPastedHtml } from "./paste.js";
import { buildToolbar } from "./toolbar.js";

// dir="auto" on paragraphs and headings only, so Arabic and English blocks each take their own direction. Not on
// lists and quotes: dir="auto" ignores children that carry their own dir, so a list item would fall back to LTR and put
// its bullet on the wrong side; containers inherit the article's direction instead.
const BlockDirection = Extension.create({
  name: "blockDirection",
  addGlobalAttributes() {
    return [{
      types: ["paragraph", "heading"],
      attributes: {
        dir: { default: "auto", parseHTML: (el) => el.getAttribute("dir") || "auto", renderHTML: (attrs) => ({ dir: attrs.dir }) },
      },
    }];
  },
});

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
    extensions: [
      StarterKit.configure({ heading: { levels: [2, 3, 4] }, link: { openOnClick: false, autolink: true } }),
      Image.configure({ inline: false }),
      BlockDirection,
    ],
    editorProps: {
      transformPastedHTML: cleanPastedHtml,
      attributes: {
        role: "textbox",
        "aria-multiline": "true",
        "aria-label": (textarea.labels?.[0]?.textContent || "").trim(),
        "aria-describedby": textarea.getAttribute("aria-describedby") || "",
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
