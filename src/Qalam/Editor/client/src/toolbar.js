// The editor's toolbar and its media picker. Labels follow the page language (Arabic first).
const ar = document.documentElement.lang !== "en";
const L = ar
  ? { toolbar: "أدوات التنسيق", h2: "عنوان", h3: "عنوان فرعي", bold: "غامق", italic: "مائل", ul: "قائمة نقطية", ol: "قائمة مرقمة",
      quote: "اقتباس", link: "رابط", linkPrompt: "عنوان الرابط (https://…)", image: "صورة", doc: "مستند", close: "إغلاق",
      pickImage: "اختر صورة من المكتبة", pickDoc: "اختر مستندًا من المكتبة", empty: "لا توجد ملفات في المكتبة بعد." }
  : { toolbar: "Formatting tools", h2: "Heading", h3: "Subheading", bold: "Bold", italic: "Italic", ul: "Bulleted list", ol: "Numbered list",
      quote: "Quote", link: "Link", linkPrompt: "Link address (https://…)", image: "Image", doc: "Document", close: "Close",
      pickImage: "Choose an image from the library", pickDoc: "Choose a document from the library", empty: "The library is empty." };

function button(label, onClick, isActive) {
  const b = document.createElement("button");
  b.type = "button";
  b.className = "tool";
  b.textContent = label;
  b.addEventListener("click", onClick);
  if (isActive) b.dataset.active = "";
  return b;
}

function picker(kind, onPick) {
  const dialog = document.createElement("dialog");
  dialog.className = "media-picker";
  const heading = document.createElement("h2");
  heading.textContent = kind === "image" ? L.pickImage : L.pickDoc;
  const list = document.createElement("ul");
  const items = [...document.querySelectorAll(`#media-library button[data-kind="${kind}"]`)];
  for (const item of items) {
    const li = document.createElement("li");
    const choose = button("", () => { onPick(item.dataset); dialog.close(); });
    if (kind === "image") {
      const img = document.createElement("img");
      img.src = item.dataset.src;
      img.alt = "";
      choose.append(img);
    }
    choose.append(item.dataset.alt || item.dataset.name);
    li.append(choose);
    list.append(li);
  }
  if (items.length === 0) list.append(Object.assign(document.createElement("li"), { textContent: L.empty }));
  dialog.append(heading, list, button(L.close, () => dialog.close()));
  document.body.append(dialog);
  dialog.addEventListener("close", () => dialog.remove());
  dialog.showModal();
}

export function buildToolbar(editor, textarea) {
  const bar = document.createElement("div");
  bar.className = "toolbar";
  bar.setAttribute("role", "toolbar");
  bar.setAttribute("aria-label", L.toolbar);
  bar.setAttribute("aria-controls", textarea.id);
  const chain = () => editor.chain().focus();
  const tools = [
    [L.h2, () => chain().toggleHeading({ level: 2 }).run(), () => editor.isActive("heading", { level: 2 })],
    [L.h3, () => chain().toggleHeading({ level: 3 }).run(), () => editor.isActive("heading", { level: 3 })],
    [L.bold, () => chain().toggleBold().run(), () => editor.isActive("bold")],
    [L.italic, () => chain().toggleItalic().run(), () => editor.isActive("italic")],
    [L.ul, () => chain().toggleBulletList().run(), () => editor.isActive("bulletList")],
    [L.ol, () => chain().toggleOrderedList().run(), () => editor.isActive("orderedList")],
    [L.quote, () => chain().toggleBlockquote().run(), () => editor.isActive("blockquote")],
    [L.link, () => {
      const href = window.prompt(L.linkPrompt, editor.getAttributes("link").href || "https://");
      if (href === null) return;
      if (href === "" || href === "https://") chain().unsetLink().run();
      else chain().extendMarkRange("link").setLink({ href }).run();
    }, () => editor.isActive("link")],
    [L.image, () => picker("image", (m) => chain().setImage({ src: m.src, alt: m.alt || "" }).run())],
    [L.doc, () => picker("document", (m) => chain().insertContent(`<p><a href="${encodeURI(m.src)}">${escapeHtml(m.name)}</a></p>`).run())],
  ];
  const buttons = tools.map(([label, run, active]) => {
    const b = button(label, run);
    b.setAttribute("aria-pressed", "false");
    if (!active) b.removeAttribute("aria-pressed");
    b._active = active;
    return b;
  });
  editor.on("transaction", () => buttons.forEach((b) => b._active && b.setAttribute("aria-pressed", String(b._active()))));
  bar.append(...buttons);
  return bar;
}

function escapeHtml(s) {
  return s.replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c]);
}
