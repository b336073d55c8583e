// Sends the CSRF token with every htmx request that changes something.
document.addEventListener("htmx:configRequest", (event) => {
  const header = document.querySelector("meta[name=csrf-header]");
  const token = document.querySelector("meta[name=csrf-token]");
  if (header && token && event.detail.verb !== "get") {
    event.detail.headers[header.content] = token.content;
  }
});

// The global search box moves through its results with the arrow keys (the box keeps the focus and names the
// active result in aria-activedescendant), Enter opens the active one, Escape closes them.
document.addEventListener("keydown", (event) => {
  const results = document.getElementById("search-results");
  const box = document.getElementById("global-search");
  if (!results || !box) return;
  if (event.key === "Escape") {
    results.innerHTML = "";
    box.removeAttribute("aria-activedescendant");
    return;
  }
  if (event.target !== box) return;
  const options = [...results.querySelectorAll("[role=option]")];
  const active = options.findIndex((option) => option.id === box.getAttribute("aria-activedescendant"));
  if (event.key === "ArrowDown" || event.key === "ArrowUp") {
    if (options.length === 0) return;
    event.preventDefault();
    const step = event.key === "ArrowDown" ? 1 : -1;
    const next = active < 0 ? (step > 0 ? 0 : options.length - 1) : (active + step + options.length) % options.length;
    options.forEach((option, i) => {
      option.setAttribute("aria-selected", String(i === next));
      option.firstElementChild.classList.toggle("active", i === next);
    });
    box.setAttribute("aria-activedescendant", options[next].id);
    options[next].scrollIntoView({ block: "nearest" });
  } else if (event.key === "Enter" && active >= 0) {
    event.preventDefault();
    options[active].querySelector("a").click();
  }
});

// New results have no active option yet.
document.addEventListener("htmx:afterSwap", (event) => {
  if (event.target.id === "search-results") {
    document.getElementById("global-search")?.removeAttribute("aria-activedescendant");
  }
});

// A file over the upload limit is refused before it is sent, with a message at the field: the server refuses
// it too, but only while reading the upload, before any page could say why.
document.addEventListener("submit", (event) => {
  for (const input of event.target.querySelectorAll("input[type=file][data-max-bytes]")) {
    const file = input.files && input.files[0];
    const tooLarge = file && file.size > Number(input.dataset.maxBytes);
    input.classList.toggle("is-invalid", Boolean(tooLarge));
    const feedback = document.getElementById(input.id + "-error");
    if (feedback) feedback.textContent = tooLarge ? input.dataset.maxMessage : "";
    if (tooLarge) {
      event.preventDefault();
      input.focus();
    }
  }
});
