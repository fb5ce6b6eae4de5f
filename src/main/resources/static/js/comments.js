// The "mention someone" box beside a comment (WAI-ARIA combobox pattern): htmx fills the list with
// the people who may read the record as the writer types; arrows move through it, Enter (or a
// click) writes "@username " into the comment where the cursor was, Escape closes the list.
(function () {
    "use strict";

    function options(list) {
        return Array.prototype.slice.call(list.querySelectorAll("[role=option]"));
    }

    function choose(input, index) {
        var list = document.getElementById("mention-options");
        options(list).forEach(function (option, i) {
            option.setAttribute("aria-selected", i === index ? "true" : "false");
            if (i === index) {
                input.setAttribute("aria-activedescendant", option.id);
            }
        });
    }

    function close(input, list) {
        list.innerHTML = "";
        input.setAttribute("aria-expanded", "false");
        input.removeAttribute("aria-activedescendant");
    }

    function mention(input, list, option) {
        var body = document.getElementById("body");
        var text = "@" + option.getAttribute("data-username") + " ";
        var at = body.selectionStart == null ? body.value.length : body.selectionStart;
        var before = body.value.slice(0, at);
        if (before.length > 0 && !/\s$/.test(before)) {
            text = " " + text;
        }
        body.value = before + text + body.value.slice(at);
        input.value = "";
        close(input, list);
        body.focus();
        body.setSelectionRange(before.length + text.length, before.length + text.length);
    }

    // A link to one comment (#comment-12, where posting one lands) opens the page before htmx has
    // loaded the thread: once it has, the browser is taken to the comment it could not find.
    document.addEventListener("htmx:load", function (event) {
        var hash = window.location.hash;
        if (/^#comment-[0-9]+$/.test(hash) && event.target.querySelector) {
            var comment = event.target.querySelector(hash);
            if (comment) {
                comment.scrollIntoView();
            }
        }
    });

    document.addEventListener("htmx:afterSwap", function (event) {
        if (event.target.id === "mention-options") {
            var input = document.getElementById("mention");
            input.setAttribute("aria-expanded", event.target.children.length > 0 ? "true" : "false");
            input.removeAttribute("aria-activedescendant");
        }
    });

    document.addEventListener("keydown", function (event) {
        var input = event.target;
        if (!input || input.id !== "mention") {
            return;
        }
        var list = document.getElementById("mention-options");
        var all = options(list);
        var current = all.findIndex(function (option) {
            return option.getAttribute("aria-selected") === "true";
        });
        if (event.key === "ArrowDown" && all.length > 0) {
            event.preventDefault();
            input.setAttribute("aria-expanded", "true");
            choose(input, (current + 1) % all.length);
        } else if (event.key === "ArrowUp" && all.length > 0) {
            event.preventDefault();
            choose(input, current <= 0 ? all.length - 1 : current - 1);
        } else if (event.key === "Enter") {
            // Never submits the comment from this box.
            event.preventDefault();
            if (current >= 0) {
                mention(input, list, all[current]);
            } else if (all.length === 1) {
                mention(input, list, all[0]);
            }
        } else if (event.key === "Escape" && all.length > 0) {
            event.preventDefault();
            close(input, list);
        }
    });

    document.addEventListener("click", function (event) {
        var option = event.target.closest ? event.target.closest("#mention-options [role=option]") : null;
        if (option) {
            mention(document.getElementById("mention"), document.getElementById("mention-options"), option);
        }
    });
})();
