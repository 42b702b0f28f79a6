// The cooperation graph page (network/graph.html): draws the graph with Cytoscape.js and follows
// the year sliders and the country select by asking /api/v1/network/graph again; the figures, the
// towns with most links and the table of links are filled from the same answer.
(function () {
  "use strict";

  var MAX_DRAWN = 500;

  function ready(fn) {
    if (document.readyState === "loading") {
      document.addEventListener("DOMContentLoaded", fn);
    } else {
      fn();
    }
  }

  ready(function () {
    var app = document.getElementById("graph-app");
    if (!app || typeof window.cytoscape !== "function") {
      return;
    }
    var from = document.getElementById("graph-from");
    var to = document.getElementById("graph-to");
    var country = document.getElementById("graph-country");
    var years = document.getElementById("graph-years");
    var status = document.getElementById("graph-status");
    var locale = app.dataset.locale || document.documentElement.lang || "en";
    var integer = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
    var decimal = new Intl.NumberFormat(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
    // Cytoscape.js adds a <style> element (position: relative for its container) unless an element
    // with this id exists; the CSP refuses inline styles, so jumelage.css has the rule and this marks it.
    if (!document.getElementById("__________cytoscape_stylesheet")) {
      var marker = document.createElement("meta");
      marker.id = "__________cytoscape_stylesheet";
      document.head.appendChild(marker);
    }
    var cy = window.cytoscape({
      container: document.getElementById("graph-canvas"),
      elements: [],
      wheelSensitivity: 0.3,
      style: [
        { selector: "node[kind = 'town']", style: {
          "background-color": "#0d6efd", "label": "data(label)", "font-size": 9,
          "width": "mapData(degree, 0, 30, 8, 30)", "height": "mapData(degree, 0, 30, 8, 30)" } },
        { selector: "node[kind = 'organisation']", style: {
          "background-color": "#fd7e14", "shape": "round-rectangle", "label": "data(label)",
          "font-size": 8, "width": 14, "height": 14 } },
        { selector: "edge[kind = 'twin']", style: { "line-color": "#6c757d", "width": 1 } },
        { selector: "edge[kind = 'project']", style: {
          "line-color": "#fd7e14", "width": 2, "line-style": "dashed" } }
      ]
    });
    var timer = null;
    var asked = 0;

    function format(template, values) {
      return template.replace(/\{(\d+)\}/g, function (all, i) {
        return values[Number(i)];
      });
    }

    function yearsText() {
      if (Number(from.value) === Number(from.min) && Number(to.value) === Number(to.max)) {
        return years.dataset.templateAll;
      }
      return format(years.dataset.template, [from.value, to.value]);
    }

    function url() {
      var target = new URL(app.dataset.api, window.location.origin);
      if (!(Number(from.value) === Number(from.min) && Number(to.value) === Number(to.max))) {
        target.searchParams.set("from", from.value);
        target.searchParams.set("to", to.value);
      }
      if (country) {
        target.searchParams.set("country", country.value);
      }
      return target.toString();
    }

    function text(tag, value) {
      var cell = document.createElement(tag);
      cell.textContent = value;
      return cell;
    }

    function drawnEdges(graph) {
      var degree = {};
      graph.nodes.forEach(function (node) {
        degree[node.id] = node.degree;
      });
      var edges = graph.edges.slice();
      if (edges.length > MAX_DRAWN) {
        edges.sort(function (a, b) {
          var left = Math.max(degree[a.source] || 0, degree[a.target] || 0);
          var right = Math.max(degree[b.source] || 0, degree[b.target] || 0);
          return right - left;
        });
        edges = edges.slice(0, MAX_DRAWN);
      }
      return edges;
    }

    function render(graph) {
      var figures = graph.figures;
      app.querySelectorAll("[data-figure]").forEach(function (cell) {
        var value = figures[cell.dataset.figure];
        cell.textContent = cell.dataset.figure === "averageDegree" ? decimal.format(value) : integer.format(value);
      });
      var top = document.getElementById("graph-top");
      top.replaceChildren();
      figures.topTowns.forEach(function (town) {
        top.appendChild(text("li", format(top.dataset.template, [town.label, town.country, integer.format(town.links)])));
      });
      var labels = {};
      graph.nodes.forEach(function (node) {
        labels[node.id] = node.label;
      });
      var body = document.querySelector("#graph-edges tbody");
      body.replaceChildren();
      graph.edges.forEach(function (edge) {
        var row = document.createElement("tr");
        row.appendChild(text("td", labels[edge.source] || edge.source));
        row.appendChild(text("td", labels[edge.target] || edge.target));
        row.appendChild(text("td", edge.kind === "twin" ? app.dataset.kindTwin : app.dataset.kindProject));
        row.appendChild(text("td", edge.since === null && edge.until === null
          ? app.dataset.yearsUnknown
          : (edge.since === null ? "" : edge.since) + "–" + (edge.until === null ? "" : edge.until)));
        row.appendChild(text("td", edge.projectTitle || ""));
        body.appendChild(row);
      });
      var edges = drawnEdges(graph);
      var used = {};
      edges.forEach(function (edge) {
        used[edge.source] = true;
        used[edge.target] = true;
      });
      var elements = [];
      graph.nodes.forEach(function (node) {
        if (used[node.id] || graph.edges.length === 0 || app.dataset.scope !== "instance") {
          elements.push({ group: "nodes", data: { id: node.id, label: node.label, kind: node.kind, degree: node.degree } });
        }
      });
      edges.forEach(function (edge) {
        elements.push({ group: "edges", data: { id: edge.id, source: edge.source, target: edge.target, kind: edge.kind } });
      });
      cy.elements().remove();
      cy.add(elements);
      cy.layout({ name: "cose", animate: false, randomize: true, nodeDimensionsIncludeLabels: false }).run();
      app.dataset.drawnNodes = String(cy.nodes().length);
      app.dataset.drawnEdges = String(cy.edges().length);
      status.textContent = "";
    }

    function load() {
      var number = ++asked;
      years.textContent = yearsText();
      fetch(url(), { headers: { Accept: "application/json" }, credentials: "same-origin" })
        .then(function (response) {
          if (!response.ok) {
            throw new Error(String(response.status));
          }
          return response.json();
        })
        .then(function (graph) {
          if (number === asked) {
            render(graph);
            app.dataset.loaded = String(number);
          }
        })
        .catch(function () {
          status.textContent = app.dataset.error;
        });
    }

    function later() {
      if (Number(from.value) > Number(to.value)) {
        if (this === from) {
          to.value = from.value;
        } else {
          from.value = to.value;
        }
      }
      years.textContent = yearsText();
      window.clearTimeout(timer);
      timer = window.setTimeout(load, 200);
    }

    from.addEventListener("input", later);
    to.addEventListener("input", later);
    if (country) {
      country.addEventListener("change", function () {
        var target = new URL(window.location.href);
        target.searchParams.set("country", country.value);
        window.location.assign(target.toString());
      });
    }
    load();
  });
})();
