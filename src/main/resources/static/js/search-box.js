// The navigation's search box as a combobox (WAI-ARIA combobox pattern): htmx fills the list as
// the reader types; arrows move through it, Enter opens the chosen result (or the results page),
// Escape closes the list. Nothing here talks to the server.
(function () {
    "use strict";

    function options(list) {
        return Array.prototype.slice.call(list.querySelectorAll("[role=option]"));
    }

    function choose(input, list, index) {
        var all = options(list);
        all.forEach(function (option, i) {
            option.setAttribute("aria-selected", i === index ? "true" : "false");
        });
        if (index >= 0 && index < all.length) {
            input.setAttribute("aria-activedescendant", all[index].id);
            all[index].scrollIntoView({ block: "nearest" });
        } else {
            input.removeAttribute("aria-activedescendant");
        }
    }

    function close(input, list) {
        list.innerHTML = "";
        input.setAttribute("aria-expanded", "false");
        input.removeAttribute("aria-activedescendant");
    }

    function setUp() {
        var input = document.getElementById("nav-search");
        var list = document.getElementById("nav-search-options");
        if (!input || !list) {
            return;
        }
        document.body.addEventListener("htmx:afterSwap", function (event) {
            if (event.target === list) {
                input.setAttribute("aria-expanded", list.children.length > 0 && input.value.trim() !== "" ? "true" : "false");
                input.removeAttribute("aria-activedescendant");
            }
        });
        input.addEventListener("keydown", function (event) {
            var all = options(list);
            var current = all.findIndex(function (option) {
                return option.getAttribute("aria-selected") === "true";
            });
            if (event.key === "ArrowDown" && all.length > 0) {
                event.preventDefault();
                input.setAttribute("aria-expanded", "true");
                choose(input, list, (current + 1) % all.length);
            } else if (event.key === "ArrowUp" && all.length > 0) {
                event.preventDefault();
                choose(input, list, current <= 0 ? all.length - 1 : current - 1);
            } else if (event.key === "Enter" && current >= 0) {
                event.preventDefault();
                var link = all[current].querySelector("a");
                if (link) {
                    window.location.assign(link.getAttribute("href"));
                }
            } else if (event.key === "Escape") {
                if (list.children.length > 0) {
                    event.preventDefault();
                    close(input, list);
                }
            }
        });
        input.addEventListener("blur", function () {
            window.setTimeout(function () {
                if (!list.contains(document.activeElement)) {
                    close(input, list);
                }
            }, 200);
        });
    }

    if (document.readyState === "loading") {
        document.addEventListener("DOMContentLoaded", setUp);
    } else {
        setUp();
    }
})();
