// Turns Natural Earth's 1:50m country outlines (public domain; TopoJSON packaged as world-atlas,
// ISC) into the GeoJSON the maps draw: the countries of Europe and those around them, polygons far
// off screen dropped (French Guiana, Réunion, the Canaries stay), coordinates rounded to 0.01° (about
// 1 km, finer than the 1:50m data). Run through country-outlines.sh, which fetches both packages.
//   node country-outlines.mjs <countries-50m.json> <output.json>
import {readFileSync, writeFileSync} from "node:fs";
import {feature} from "topojson-client";

// ISO 3166-1 numeric → alpha-2 of every country kept; Kosovo and Northern Cyprus have no numeric
// code in Natural Earth and are matched by name.
const ALPHA2 = {
  "008": "AL", "020": "AD", "040": "AT", "056": "BE", "070": "BA", "100": "BG", "112": "BY",
  "191": "HR", "196": "CY", "203": "CZ", "208": "DK", "233": "EE", "234": "FO", "246": "FI",
  "248": "AX", "250": "FR", "268": "GE", "276": "DE", "292": "GI", "300": "GR", "304": "GL",
  "348": "HU", "352": "IS", "372": "IE", "380": "IT", "428": "LV", "438": "LI", "440": "LT",
  "442": "LU", "470": "MT", "492": "MC", "498": "MD", "499": "ME", "528": "NL", "578": "NO",
  "616": "PL", "620": "PT", "642": "RO", "643": "RU", "674": "SM", "688": "RS", "703": "SK",
  "705": "SI", "724": "ES", "752": "SE", "756": "CH", "792": "TR", "804": "UA", "807": "MK",
  "826": "GB", "831": "GG", "832": "JE", "833": "IM", "336": "VA", "051": "AM", "031": "AZ",
  "398": "KZ", "795": "TM", "364": "IR", "368": "IQ", "760": "SY", "422": "LB", "376": "IL",
  "275": "PS", "400": "JO", "818": "EG", "434": "LY", "788": "TN", "012": "DZ", "504": "MA",
  "682": "SA", "860": "UZ", "732": "EH", "414": "KW",
};
const BY_NAME = {"Kosovo": "XK", "N. Cyprus": "CY-N"};

// What the map of Europe shows: a country is kept when one of its polygons reaches into this box.
const WEST = -32, EAST = 55, SOUTH = 28, NORTH = 82;

const [input, output] = process.argv.slice(2);
const topology = JSON.parse(readFileSync(input, "utf8"));
const countries = feature(topology, topology.objects.countries).features;

const round = (v) => Math.round(v * 100) / 100;
const ringBox = (ring) => ring.reduce((b, [x, y]) =>
    [Math.min(b[0], x), Math.min(b[1], y), Math.max(b[2], x), Math.max(b[3], y)],
    [Infinity, Infinity, -Infinity, -Infinity]);
const onScreen = (polygon) => {
  const [w, s, e, n] = ringBox(polygon[0]);
  return e >= WEST && w <= EAST && n >= SOUTH && s <= NORTH;
};
const roundRing = (ring) => {
  const out = [];
  for (const [x, y] of ring) {
    const p = [round(x), round(y)];
    const last = out[out.length - 1];
    if (!last || last[0] !== p[0] || last[1] !== p[1]) out.push(p);
  }
  return out.length >= 4 ? out : null;
};
const roundPolygon = (polygon) => {
  const rings = polygon.map(roundRing);
  return rings[0] ? rings.filter(Boolean) : null;
};

const kept = [];
for (const country of countries) {
  const code = ALPHA2[country.id] ?? BY_NAME[country.properties.name];
  if (!country.geometry) continue;
  const polygons = country.geometry.type === "Polygon" ? [country.geometry.coordinates] : country.geometry.coordinates;
  const visible = polygons.filter(onScreen).map(roundPolygon).filter(Boolean);
  if (visible.length === 0) continue;
  if (!code) {
    throw new Error(`${country.properties.name} (${country.id}) is on the map of Europe: add its ISO code to ALPHA2`);
  }
  kept.push({
    type: "Feature",
    properties: {iso: code, name: country.properties.name},
    geometry: visible.length === 1
        ? {type: "Polygon", coordinates: visible[0]}
        : {type: "MultiPolygon", coordinates: visible},
  });
}
kept.sort((a, b) => a.properties.iso.localeCompare(b.properties.iso));
const collection = {
  type: "FeatureCollection",
  source: "Natural Earth 1:50m Admin 0 countries (public domain), via world-atlas 2.0.2",
  features: kept,
};
writeFileSync(output, JSON.stringify(collection) + "\n");
console.log(`${kept.length} countries, ${JSON.stringify(collection).length} bytes → ${output}`);
