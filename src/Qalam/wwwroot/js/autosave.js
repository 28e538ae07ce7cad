// Autosave for drafts: every 30 seconds, if something changed, the editor form is posted to its Autosave handler
// with the antiforgery token in a header. The server saves drafts only and refuses a stale version, so an autosave
// can never overwrite someone else's newer save. The returned version keeps the form's own save from conflicting.
(function () {
  "use strict";
  var form = document.getElementById("editor-form");
  if (!form || !form.dataset.autosaveUrl) return;
  var status = document.getElementById("autosave-status");
  var version = form.querySelector('input[name="Form.Version"]');
  var token = form.querySelector('input[name="__RequestVerificationToken"]');
  var dirty = false;
  var stopped = false;
  form.addEventListener("input", function () { dirty = true; });
  form.addEventListener("submit", function () { stopped = true; });

  function save() {
    if (!dirty || stopped) return;
    dirty = false;
    var data = new FormData(form);
    data.delete("Intent");
    fetch(form.dataset.autosaveUrl, {
      method: "POST",
      body: data,
      credentials: "same-origin",
      headers: { RequestVerificationToken: token ? token.value : "" },
    }).then(function (response) {
      return response.json().then(function (body) { return { ok: response.ok, body: body }; });
    }).then(function (result) {
      if (result.ok && result.body.saved) version.value = result.body.version;
      else stopped = true; // a conflict or a status change: the person decides with a real save
      if (status && result.body.message) status.textContent = result.body.message;
    }).catch(function () { dirty = true; });
  }
  setInterval(save, 30000);
})();
