// stackfit pages: small progressive enhancements; every page works without this file.
"use strict";

document.documentElement.classList.add("js");

function showWeightPanel() {
  const chosen = document.querySelector("input[name='weights.mode']:checked");
  const mode = chosen ? chosen.value : "derived";
  document.querySelectorAll(".weights-panel").forEach((panel) => {
    panel.hidden = panel.dataset.mode !== mode;
  });
  if (mode === "pairwise") {
    checkConsistency();
  }
}

function describePair(input) {
  const value = Number(input.value);
  const output = input.parentElement.querySelector(".pair-value");
  if (!output) {
    return;
  }
  if (value === 0) {
    output.textContent = "equally important";
  } else {
    const favoured = value < 0 ? input.dataset.leftLabel : input.dataset.rightLabel;
    output.textContent = favoured + " is " + (Math.abs(value) + 1) + "× as important";
  }
}

function judgments() {
  return Array.from(document.querySelectorAll(".pair input[type=range]")).map((input) => {
    const value = Number(input.value);
    const ratio = value <= 0 ? 1 - value : "1/" + (1 + value);
    return [input.dataset.left, input.dataset.right, ratio];
  });
}

// The page's words for a criterion id, from the pair sliders that carry both.
function criterionLabel(id) {
  const input = document.querySelector(".pair input[data-left='" + id + "']");
  if (input) {
    return input.dataset.leftLabel;
  }
  const right = document.querySelector(".pair input[data-right='" + id + "']");
  return right ? right.dataset.rightLabel : id;
}

let pending = null;
function checkConsistency() {
  const feedback = document.getElementById("ahp-feedback");
  if (!feedback) {
    return;
  }
  if (pending) {
    pending.abort();
  }
  pending = new AbortController();
  fetch("/api/v1/ahp", {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ judgments: judgments() }),
    signal: pending.signal,
  })
    .then((response) => response.json())
    .then((body) => {
      if (body.consistencyRatio === undefined) {
        feedback.textContent = body.detail || "Could not check the judgments.";
        feedback.className = "ahp-feedback bad";
        return;
      }
      const weights = Object.entries(body.weights)
        .map(([id, w]) => criterionLabel(id) + " " + w.toFixed(2))
        .join(", ");
      const cr = body.consistencyRatio.toFixed(3);
      feedback.textContent = body.acceptable
        ? "Consistent (CR " + cr + "). Weights: " + weights + "."
        : "Inconsistent (CR " + cr + ", should be under 0.10): some answers contradict each other. Weights: " + weights + ".";
      feedback.className = "ahp-feedback " + (body.acceptable ? "good" : "bad");
    })
    .catch((error) => {
      if (error.name !== "AbortError") {
        feedback.textContent = "Could not check the judgments.";
      }
    });
}

function wireSliders() {
  document.querySelectorAll(".slider input[type=range]").forEach((input) => {
    const output = input.parentElement.querySelector("output");
    input.addEventListener("input", () => {
      output.textContent = input.value;
    });
  });
  document.querySelectorAll(".pair input[type=range]").forEach((input) => {
    describePair(input);
    input.addEventListener("input", () => describePair(input));
    input.addEventListener("change", checkConsistency);
  });
  document.querySelectorAll("input[name='weights.mode']").forEach((radio) => {
    radio.addEventListener("change", showWeightPanel);
  });
  showWeightPanel();
}

// Validation as you go: after each change the server's profile reader checks the whole form.
let checking = null;
function checkForm(form) {
  if (checking) {
    checking.abort();
  }
  checking = new AbortController();
  fetch("/questionnaire/check", {
    method: "POST",
    body: new URLSearchParams(new FormData(form)),
    signal: checking.signal,
  })
    .then((response) => response.json())
    .then((body) => showProblems(form, body.problems || []))
    .catch(() => {});
}

function fieldFor(path) {
  const id = "f-" + path.replace(/\[.*$/, "").replace(/\./g, "-");
  return document.getElementById(id) || document.getElementById("f-" + path.split(".")[0]);
}

// Only answers the visitor has touched get a message; the rest wait for "Evaluate".
const touched = new Set();

function containerOf(element) {
  return element.closest(".field, fieldset") || element;
}

function showProblems(form, problems) {
  form.querySelectorAll(".field-errors").forEach((list) => list.remove());
  form.querySelectorAll("[aria-invalid=true]").forEach((el) => el.setAttribute("aria-invalid", "false"));
  form.querySelectorAll(".invalid").forEach((el) => el.classList.remove("invalid"));
  let shown = 0;
  problems.forEach((problem) => {
    const field = fieldFor(problem.path);
    if (!field || !touched.has(containerOf(field))) {
      return;
    }
    shown++;
    const container = containerOf(field);
    const list = document.createElement("ul");
    list.className = "field-errors";
    const item = document.createElement("li");
    item.textContent = problem.message;
    list.appendChild(item);
    container.appendChild(list);
    container.classList.add("invalid");
    if (field.matches("input, select, textarea")) {
      field.setAttribute("aria-invalid", "true");
    }
  });
  const status = document.getElementById("check-status");
  if (status) {
    status.textContent = shown === 0 ? "Your answers so far look fine." : shown + " answer(s) need attention.";
  }
}

function wireChecks() {
  const form = document.getElementById("questionnaire");
  if (form) {
    // Answers the server already complained about stay checked.
    form.querySelectorAll(".field-errors").forEach((list) => touched.add(containerOf(list)));
    form.addEventListener("change", (event) => {
      touched.add(containerOf(event.target));
      checkForm(form);
    });
  }
}

function focusProblems() {
  const problems = document.getElementById("form-problems");
  if (problems) {
    problems.setAttribute("tabindex", "-1");
    problems.focus();
  }
}

document.addEventListener("DOMContentLoaded", () => {
  wireSliders();
  wireChecks();
  focusProblems();
});
