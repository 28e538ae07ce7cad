// Cleans HTML pasted from Word and Google Docs before the editor parses it: Office namespaces, conditional
// comments, inline styles and classes, and Google Docs' bold wrapper go; structure (headings, lists, links) stays.
export function cleanPastedHtml(html) {
  const doc = new DOMParser().parseFromString(html, "text/html");
  doc.querySelectorAll("style, meta, link, script, xml, o\\:p").forEach((n) => n.remove());
  const walker = doc.createTreeWalker(doc.body, NodeFilter.SHOW_COMMENT);
  const comments = [];
  while (walker.nextNode()) comments.push(walker.currentNode);
  comments.forEach((c) => c.remove());
  // Google Docs wraps everything in <b style="font-weight:normal" id="docs-internal-guid-…">.
  doc.querySelectorAll('b[id^="docs-internal-guid"]').forEach((b) => b.replaceWith(...b.childNodes));
  doc.querySelectorAll("*").forEach((el) => {
    for (const attr of [...el.attributes]) {
      if (!["href", "src", "alt", "dir", "lang", "colspan", "rowspan"].includes(attr.name)) el.removeAttribute(attr.name);
    }
    // Word's "MsoListParagraph" lists arrive as paragraphs with a bullet character: keep the text, drop the bullet.
    if (el.tagName === "P" && /^[·•§o]\s/.test(el.textContent)) el.textContent = el.textContent.replace(/^[·•§o]\s+/, "");
  });
  doc.querySelectorAll("span, font").forEach((s) => s.replaceWith(...s.childNodes));
  return doc.body.innerHTML;
}
