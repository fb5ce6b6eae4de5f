// A file field whose button speaks the reader's language (the browser's own says "Choose File" in
// the browser's): when a file is chosen, its name replaces "no file chosen" beside the button.
// Works for fields htmx brings in later too (one listener on the document). Nothing here talks to
// the server.
(function () {
    "use strict";

    document.addEventListener("change", function (event) {
        var input = event.target;
        if (!input.classList || !input.classList.contains("file-pick__input")) {
            return;
        }
        var chosen = document.querySelector("output[for='" + input.id + "']");
        if (!chosen) {
            return;
        }
        if (!chosen.hasAttribute("data-none")) {
            chosen.setAttribute("data-none", chosen.textContent);
        }
        var names = Array.prototype.map.call(input.files || [], function (file) {
            return file.name;
        });
        chosen.textContent = names.length ? names.join(", ") : chosen.getAttribute("data-none");
    });
})();
