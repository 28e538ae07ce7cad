// "Copy link" under a post: the button stays hidden unless the browser can copy, and then says so in words.
for (const button of document.querySelectorAll("button.copy-link[data-copy]")) {
  if (!navigator.clipboard) continue;
  const status = button.closest(".share")?.querySelector(".copy-status");
  button.hidden = false;
  button.addEventListener("click", async () => {
    try {
      await navigator.clipboard.writeText(button.dataset.copy);
      if (status) status.textContent = button.dataset.copied;
    } catch {
      // Refused (no permission): the address is still in the browser's bar.
    }
  });
}
