/// The page's only script, served as `/assets/page.js` (the policy allows no inline script). It
/// only makes the form quicker to use; the page does everything without it.
enum PageScript {
    static let source = """
        "use strict";
        (function () {
          var form = document.querySelector("form.check");
          if (!form) { return; }
          var text = form.querySelector("textarea");
          var files = form.querySelector("input[type=file]");
          // Ctrl+Enter (Cmd+Enter on a Mac) in the text area checks the proposal.
          text.addEventListener("keydown", function (event) {
            if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) {
              event.preventDefault();
              if (form.requestSubmit) { form.requestSubmit(); } else { form.submit(); }
            }
          });
          // Files dropped on the form become its chosen files.
          ["dragenter", "dragover"].forEach(function (name) {
            form.addEventListener(name, function (event) { event.preventDefault(); form.classList.add("dragging"); });
          });
          ["dragleave", "drop"].forEach(function (name) {
            form.addEventListener(name, function () { form.classList.remove("dragging"); });
          });
          form.addEventListener("drop", function (event) {
            event.preventDefault();
            if (event.dataTransfer && event.dataTransfer.files.length) { files.files = event.dataTransfer.files; }
          });
        })();

        """
}
