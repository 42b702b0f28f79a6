// The check-in page: a nonce made by the browser for each action, and the camera QR scanner
// (html5-qrcode from the WebJar) that puts a scanned code into the code form and sends it.
(function () {
  "use strict";

  function newNonce() {
    if (window.crypto && typeof window.crypto.randomUUID === "function") {
      return window.crypto.randomUUID();
    }
    return null; // keeps the server's nonce (insecure context or an old browser)
  }

  // Every form shown gets its own nonce: sending the same form twice is the same action.
  function renewNonces(root) {
    var inputs = root.querySelectorAll ? root.querySelectorAll("input[data-client-nonce]") : [];
    Array.prototype.forEach.call(inputs, function (input) {
      var nonce = newNonce();
      if (nonce) {
        input.value = nonce;
      }
    });
  }

  function renewTokenForm() {
    var form = document.getElementById("token-form");
    if (form) {
      renewNonces(form);
    }
  }

  document.addEventListener("DOMContentLoaded", function () {
    renewNonces(document);
    if (window.htmx) {
      window.htmx.onLoad(function (element) {
        if (element !== document.body) {
          renewNonces(element);
        }
      });
    }
    document.body.addEventListener("htmx:afterRequest", function (event) {
      var form = document.getElementById("token-form");
      if (form && event.detail.elt === form && event.detail.successful !== undefined) {
        document.getElementById("checkin-token").value = "";
        renewTokenForm();
      }
    });
    // A refusal answers 422 with the message to show; let htmx swap it in like a success.
    document.body.addEventListener("htmx:beforeSwap", function (event) {
      if (event.detail.xhr.status === 422 && event.detail.target && event.detail.target.id === "checkin-outcome") {
        event.detail.shouldSwap = true;
        event.detail.isError = false;
      }
    });
    setUpScanner();
  });

  function setUpScanner() {
    var start = document.getElementById("qr-start");
    var stop = document.getElementById("qr-stop");
    var unavailable = document.getElementById("qr-unavailable");
    if (!start) {
      return;
    }
    var Library = window.__Html5QrcodeLibrary__;
    var canScan = Library && Library.Html5Qrcode && navigator.mediaDevices && navigator.mediaDevices.getUserMedia;
    if (!canScan) {
      start.hidden = true;
      unavailable.hidden = false;
      return;
    }
    var scanner = null;
    var lastText = null;
    var lastAt = 0;

    function onScan(text) {
      var now = Date.now();
      // The camera sees the same code many times a second; send it once.
      if (text === lastText && now - lastAt < 4000) {
        return;
      }
      lastText = text;
      lastAt = now;
      var form = document.getElementById("token-form");
      document.getElementById("checkin-token").value = text;
      renewTokenForm();
      if (typeof form.requestSubmit === "function") {
        form.requestSubmit();
      } else {
        form.submit();
      }
    }

    start.addEventListener("click", function () {
      scanner = scanner || new Library.Html5Qrcode("qr-reader");
      scanner.start({ facingMode: "environment" }, { fps: 10, qrbox: 240 }, onScan, function () {})
        .then(function () {
          start.hidden = true;
          stop.hidden = false;
        })
        .catch(function () {
          unavailable.hidden = false;
        });
    });
    stop.addEventListener("click", function () {
      if (scanner) {
        scanner.stop().then(function () {
          stop.hidden = true;
          start.hidden = false;
        });
      }
    });
  }
})();
