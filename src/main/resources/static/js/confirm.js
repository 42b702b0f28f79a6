// Destructive actions ask first. A form, or the button that sends it, with data-confirm="question"
// is sent only when the person answers yes. A form that htmx sends asks through its hx-confirm
// (same question) instead, so the question is never asked twice; without htmx it asks here.
(function () {
  var HTMX_REQUESTS = ["hx-get", "hx-post", "hx-put", "hx-patch", "hx-delete"];

  function sentByHtmx(form) {
    return (
      typeof window.htmx === "object" &&
      HTMX_REQUESTS.some(function (attribute) {
        return form.hasAttribute(attribute);
      })
    );
  }

  // Capturing, so the answer is known before htmx or any other listener sees the submit.
  document.addEventListener(
    "submit",
    function (event) {
      var form = event.target;
      var button = event.submitter;
      var question =
        (button && button.getAttribute("data-confirm")) || form.getAttribute("data-confirm");
      if (!question || sentByHtmx(form)) {
        return;
      }
      if (!window.confirm(question)) {
        event.preventDefault();
        event.stopImmediatePropagation();
      }
    },
    true
  );
})();
