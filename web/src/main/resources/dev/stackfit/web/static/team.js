// Team features: CSRF tokens on every state change, and live AHP feedback on ballots.
// The token lives in the readable stackfit_csrf cookie; the server compares it with the copy kept
// in the sign-in session (synchronizer token), so a cookie set by another site proves nothing.
(function () {
  "use strict";

  function csrfToken() {
    var match = document.cookie.match(/(?:^|;\s*)stackfit_csrf=([^;]+)/);
    return match ? decodeURIComponent(match[1]) : null;
  }

  document.addEventListener("submit", function (event) {
    var form = event.target;
    var token = csrfToken();
    if (!token || (form.method || "").toLowerCase() !== "post" || form.querySelector("input[name=_csrf]")) {
      return;
    }
    var input = document.createElement("input");
    input.type = "hidden";
    input.name = "_csrf";
    input.value = token;
    form.appendChild(input);
  }, true);

  var plainFetch = window.fetch;
  window.fetch = function (resource, init) {
    var options = init || {};
    var method = (options.method || "GET").toUpperCase();
    var token = csrfToken();
    if (token && method !== "GET" && method !== "HEAD") {
      var headers = new Headers(options.headers || {});
      headers.set("X-CSRF-Token", token);
      options = Object.assign({}, options, { headers: headers });
    }
    return plainFetch.call(window, resource, options);
  };

  function judgments(pairs) {
    var list = [];
    pairs.querySelectorAll("input[data-left]").forEach(function (input) {
      var value = input.value.trim();
      if (value !== "") {
        list.push([input.dataset.left, input.dataset.right, /\//.test(value) ? value : Number(value)]);
      }
    });
    return list;
  }

  function showConsistency(pairs) {
    var out = pairs.querySelector("[data-ahp-cr]");
    window.fetch("/api/v1/ahp", {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ judgments: judgments(pairs) })
    }).then(function (response) {
      return response.json().then(function (body) {
        if (!response.ok) {
          out.textContent = body.detail || "Check the ratios (1/9 to 9).";
          return;
        }
        out.textContent = "Consistency ratio " + body.consistencyRatio.toFixed(2) +
          (body.acceptable ? " — consistent enough." : " — above " + body.threshold + ": revisit the most lopsided pairs.");
      });
    }).catch(function () {
      out.textContent = "";
    });
  }

  document.addEventListener("DOMContentLoaded", function () {
    document.querySelectorAll("[data-ahp-pairs]").forEach(function (pairs) {
      pairs.addEventListener("change", function () { showConsistency(pairs); });
    });
  });
})();
