// Copies the delegation's private registration link to the clipboard.
document.addEventListener("click", function (event) {
  var button = event.target.closest("[data-copy-target]");
  if (!button) {
    return;
  }
  var input = document.getElementById(button.getAttribute("data-copy-target"));
  if (!input) {
    return;
  }
  input.select();
  var done = function () {
    button.textContent = button.getAttribute("data-copied");
  };
  if (navigator.clipboard && window.isSecureContext) {
    navigator.clipboard.writeText(input.value).then(done);
  } else {
    document.execCommand("copy");
    done();
  }
});
