// Suggestions under the header's search box as the reader types: a combobox with a listbox (ARIA 1.2), moved through
// with the arrow keys while the focus stays in the box. Without this script the box is a plain search form.
// A block keeps its names out of the scope other classic scripts share.
{
  const form = document.querySelector("form.site-search[data-suggest]");
  const input = form?.querySelector("input[name=q]");
  if (form && input) {
    const list = document.createElement("ul");
    list.id = "site-search-suggestions";
    list.className = "site-search-list";
    list.setAttribute("role", "listbox");
    list.setAttribute("aria-label", form.dataset.suggestLabel);
    list.hidden = true;
    const status = document.createElement("p");
    status.className = "visually-hidden";
    status.setAttribute("role", "status");
    form.append(list, status);
    input.setAttribute("role", "combobox");
    input.setAttribute("aria-autocomplete", "list");
    input.setAttribute("aria-expanded", "false");
    input.setAttribute("aria-controls", list.id);
    input.setAttribute("autocomplete", "off");

    let items = [];
    let active = -1;
    let timer = 0;
    let asked = "";
    let pending = null;

    const close = () => {
      list.hidden = true;
      input.setAttribute("aria-expanded", "false");
      input.removeAttribute("aria-activedescendant");
      active = -1;
      asked = "";
    };

    const select = (index) => {
      active = index;
      list.querySelectorAll("[role=option]").forEach((option, i) => option.setAttribute("aria-selected", String(i === index)));
      if (index < 0) return input.removeAttribute("aria-activedescendant");
      const option = document.getElementById(`site-search-option-${index}`);
      input.setAttribute("aria-activedescendant", option.id);
      option.scrollIntoView({ block: "nearest" });
    };

    const go = (index) => { window.location.href = items[index].href; };

    const show = (answer) => {
      items = [
        ...answer.completions.map((text) => ({ text, href: `/search?q=${encodeURIComponent(text)}`, kind: "is-query" })),
        ...answer.posts.map((post) => ({ text: post.title, href: post.url, kind: "is-post" })),
      ];
      list.replaceChildren(...items.map((item, i) => {
        const option = document.createElement("li");
        option.id = `site-search-option-${i}`;
        option.className = item.kind;
        option.setAttribute("role", "option");
        option.setAttribute("aria-selected", "false");
        option.dir = "auto";
        option.textContent = item.text;
        // Keeps the focus in the box, so the click lands before the list closes on blur.
        option.addEventListener("mousedown", (e) => e.preventDefault());
        option.addEventListener("click", () => go(i));
        return option;
      }));
      active = -1;
      input.removeAttribute("aria-activedescendant");
      list.hidden = items.length === 0;
      input.setAttribute("aria-expanded", String(items.length > 0));
      status.textContent = items.length > 0 ? form.dataset.suggestCount.replace("{0}", items.length.toLocaleString(document.documentElement.lang)) : "";
    };

    const ask = async () => {
      const q = input.value.trim();
      if (q.length < 2) return close();
      if (q === asked) return;
      asked = q;
      pending?.abort();
      pending = new AbortController();
      try {
        const response = await fetch(`${form.dataset.suggest}?q=${encodeURIComponent(q)}`, { signal: pending.signal, headers: { Accept: "application/json" } });
        if (response.ok && input.value.trim() === q) show(await response.json());
      } catch {
        // Offline or superseded by a newer question: the form still searches.
      }
    };

    input.addEventListener("input", () => {
      clearTimeout(timer);
      timer = setTimeout(ask, 150);
    });
    input.addEventListener("keydown", (e) => {
      const count = list.hidden ? 0 : items.length;
      if (e.key === "ArrowDown" && count > 0) {
        e.preventDefault();
        select((active + 1) % count);
      } else if (e.key === "ArrowUp" && count > 0) {
        e.preventDefault();
        select(active <= 0 ? count - 1 : active - 1);
      } else if (e.key === "Enter" && count > 0 && active >= 0) {
        e.preventDefault();
        go(active);
      } else if (e.key === "Escape" && !list.hidden) {
        e.preventDefault();
        close();
      }
    });
    input.addEventListener("blur", close);
  }
}
