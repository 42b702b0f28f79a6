// Choosing a town in a town field fills the country select named by its data-country-select: the
// town's text ends with its country code, as in "Poznań, Greater Poland (PL)" (TownSummary.fieldText).
(function () {
  var CODE = /\(([A-Za-z]{2})\)\s*$/;

  function fill(input) {
    var select = document.getElementById(input.getAttribute("data-country-select"));
    var match = CODE.exec(input.value);
    if (!select || !match || select.disabled) {
      return;
    }
    var code = match[1].toUpperCase();
    for (var i = 0; i < select.options.length; i++) {
      if (select.options[i].value === code) {
        if (select.value !== code) {
          select.value = code;
          select.dispatchEvent(new Event("change", { bubbles: true }));
        }
        return;
      }
    }
  }

  function chosen(event) {
    var input = event.target;
    if (input && input.matches && input.matches("input[data-country-select]")) {
      fill(input);
    }
  }

  document.addEventListener("input", chosen);
  document.addEventListener("change", chosen);
})();
