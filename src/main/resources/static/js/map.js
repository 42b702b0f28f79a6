// Draws the map of templates/network/map.html with Leaflet: the country outlines shipped with the
// application (static/geo/countries-europe.json, Natural Earth) as GeoJSON layers, one circle marker
// per row of the table beside the map that has data-lat and data-lon, fitted to the markers. No tile
// layer unless the page names a tile server (data-tile-url, set by an administrator): by default no
// request leaves the server. The table stays the map's text alternative; the markers' tooltips repeat
// the row's town and reasons.
(function () {
  var COLOURS = {
    home: "#b02a37",
    partner: "#0d6efd",
    twin: "#198754",
    candidate: "#fd7e14"
  };
  var EUROPE = [[34, -12], [71, 45]];

  function text(node) {
    return node ? node.textContent.replace(/\s+/g, " ").trim() : "";
  }

  /** The row's town and why it is on the map, as a DOM node (never parsed as HTML). */
  function label(row) {
    var box = document.createElement("div");
    var town = document.createElement("strong");
    town.textContent = text(row.querySelector("th"));
    box.appendChild(town);
    row.querySelectorAll("td li").forEach(function (reason) {
      var line = document.createElement("div");
      line.textContent = text(reason);
      box.appendChild(line);
    });
    return box;
  }

  function escapeHtml(value) {
    var box = document.createElement("div");
    box.textContent = value;
    return box.innerHTML;
  }

  function draw(element) {
    var map = L.map(element, { zoomSnap: 0.25, worldCopyJump: false, attributionControl: true });
    map.attributionControl.setPrefix(false);
    map.attributionControl.addAttribution(escapeHtml(element.dataset.outlinesAttribution || ""));
    if (element.dataset.tileUrl) {
      L.tileLayer(element.dataset.tileUrl, {
        maxZoom: 18,
        attribution: escapeHtml(element.dataset.tileAttribution || "")
      }).addTo(map);
    }

    var markers = L.featureGroup();
    var rows = document.querySelectorAll("#network-map-table tr[data-lat][data-lon]");
    rows.forEach(function (row) {
      var lat = parseFloat(row.dataset.lat);
      var lon = parseFloat(row.dataset.lon);
      if (isNaN(lat) || isNaN(lon)) {
        return;
      }
      var colour = COLOURS[row.dataset.role] || COLOURS.partner;
      var marker = L.circleMarker([lat, lon], {
        radius: row.dataset.role === "home" ? 8 : 6,
        color: "#212529",
        weight: 1,
        fillColor: colour,
        fillOpacity: 0.9,
        className: "network-map-marker network-map-marker-" + row.dataset.role
      });
      marker.bindTooltip(label(row));
      marker.addTo(markers);
    });

    function fit() {
      if (markers.getLayers().length === 0) {
        map.fitBounds(EUROPE);
      } else if (markers.getLayers().length === 1) {
        map.setView(markers.getBounds().getCenter(), 6);
      } else {
        map.fitBounds(markers.getBounds(), { padding: [24, 24], maxZoom: 8 });
      }
    }
    fit();
    markers.addTo(map);

    fetch(element.dataset.outlines, { credentials: "same-origin" })
      .then(function (response) {
        if (!response.ok) {
          throw new Error("outlines: " + response.status);
        }
        return response.json();
      })
      .then(function (outlines) {
        L.geoJSON(outlines, {
          interactive: false,
          style: function () {
            return {
              color: "#6c757d",
              weight: 0.8,
              fillColor: "#e9ecef",
              fillOpacity: 1,
              className: "network-map-country"
            };
          }
        }).addTo(map).bringToBack();
        element.dataset.drawn = "true";
      })
      .catch(function () {
        var note = document.createElement("p");
        note.className = "small text-body-secondary mt-1";
        note.id = "network-map-error";
        note.textContent = element.dataset.error || "";
        element.insertAdjacentElement("afterend", note);
      });
  }

  function start() {
    var element = document.getElementById("network-map");
    if (element && window.L && !element.dataset.started) {
      element.dataset.started = "true";
      draw(element);
    }
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
