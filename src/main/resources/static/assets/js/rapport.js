// Sends the CSRF token with every htmx request that changes something.
document.addEventListener("htmx:configRequest", (event) => {
  const header = document.querySelector("meta[name=csrf-header]");
  const token = document.querySelector("meta[name=csrf-token]");
  if (header && token && event.detail.verb !== "get") {
    event.detail.headers[header.content] = token.content;
  }
});

// Closes the global search drop-down on Escape.
document.addEventListener("keydown", (event) => {
  if (event.key === "Escape") {
    const results = document.getElementById("search-results");
    if (results) results.innerHTML = "";
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
