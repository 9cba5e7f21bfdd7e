/**
 * Graph files as other tools write them, without any of regkg's attributes: a GEXF laid out
 * the way Gephi 0.10 saves its Les Misérables sample (undirected, ids like "11.0", viz
 * colour, size and position, a declared integer attribute, weights), and a GraphML the way
 * NetworkX writes one (directed, typed keys, no positions at all). The data is a small
 * Les Misérables-like co-appearance graph made up for the tests.
 */

/** [id, label, modularity class, size, x, y, [r, g, b]] */
const CHARACTERS: [string, string, number, number, number, number, [number, number, number]][] = [
  ["0.0", "Myriel", 1, 28.7, -87.9, 6.8, [235, 81, 72]],
  ["1.0", "Napoleon", 1, 4.0, -418.1, -34.2, [235, 81, 72]],
  ["2.0", "MlleBaptistine", 1, 9.5, -95.3, 71.7, [235, 81, 72]],
  ["11.0", "Valjean", 2, 100.0, 89.4, -4.1, [67, 160, 71]],
  ["23.0", "Fantine", 3, 42.6, 281.0, -151.3, [108, 99, 255]],
  ["25.0", "Thenardier", 4, 38.0, 182.9, 197.7, [255, 187, 0]],
  ["26.0", "Cosette", 5, 31.9, -11.7, -223.7, [0, 178, 222]],
  ["27.0", "Javert", 4, 47.5, 212.8, 81.5, [255, 187, 0]],
  ["55.0", "Marius", 5, 53.3, -166.8, -176.6, [0, 178, 222]],
  ["48.0", "Gavroche", 6, 61.0, -372.3, 147.0, [245, 124, 0]],
];

/** [source, target, weight] */
const COAPPEARANCES: [string, string, number][] = [
  ["1.0", "0.0", 1],
  ["2.0", "0.0", 8],
  ["11.0", "0.0", 5],
  ["11.0", "2.0", 3],
  ["23.0", "11.0", 9],
  ["25.0", "11.0", 12],
  ["26.0", "11.0", 31],
  ["27.0", "11.0", 17],
  ["27.0", "25.0", 5],
  ["55.0", "11.0", 19],
  ["55.0", "26.0", 21],
  ["48.0", "55.0", 4],
  ["48.0", "27.0", 1],
];

export const GEPHI_SAMPLE = { nodes: CHARACTERS.length, edges: COAPPEARANCES.length };

const xml = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/"/g, "&quot;");

/**
 * Gephi's GEXF 1.3. `note` adds a declared string attribute to Valjean, to show that a value
 * holding markup stays text.
 */
export function gephiGexf({ note }: { note?: string } = {}): string {
  const nodes = CHARACTERS.map(
    ([id, label, cls, size, x, y, [r, g, b]]) => `      <node id="${id}" label="${label}">
        <attvalues>
          <attvalue for="modularity_class" value="${cls}"></attvalue>${note && label === "Valjean" ? `\n          <attvalue for="note" value="${xml(note)}"></attvalue>` : ""}
        </attvalues>
        <viz:size value="${size}"></viz:size>
        <viz:position x="${x}" y="${y}"></viz:position>
        <viz:color r="${r}" g="${g}" b="${b}"></viz:color>
      </node>`,
  );
  const edges = COAPPEARANCES.map(([s, t, w], i) => `      <edge id="${i}" source="${s}" target="${t}" weight="${w.toFixed(1)}"></edge>`);
  return `<?xml version='1.0' encoding='UTF-8'?>
<gexf xmlns="http://gexf.net/1.3" version="1.3" xmlns:viz="http://gexf.net/1.3/viz" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd">
  <meta lastmodifieddate="2024-05-14">
    <creator>Gephi 0.10.1</creator>
    <title></title>
    <description></description>
  </meta>
  <graph defaultedgetype="undirected" mode="static">
    <attributes class="node" mode="static">
      <attribute id="modularity_class" title="Modularity Class" type="integer"></attribute>
      <attribute id="note" title="Note" type="string"></attribute>
    </attributes>
    <nodes>
${nodes.join("\n")}
    </nodes>
    <edges>
${edges.join("\n")}
    </edges>
  </graph>
</gexf>
`;
}

/** NetworkX's GraphML (nx.write_graphml of a MultiDiGraph): typed keys, edge ids, no positions, no colours. */
export function networkxGraphml(): string {
  const nodes = CHARACTERS.map(([id, label, cls]) => `    <node id="${id}">\n      <data key="d0">${label}</data>\n      <data key="d1">${cls}</data>\n    </node>`);
  const edges = COAPPEARANCES.map(([s, t, w], i) => `    <edge source="${s}" target="${t}" id="${i}">\n      <data key="d2">${w}</data>\n    </edge>`);
  return `<?xml version='1.0' encoding='utf-8'?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">
  <key id="d2" for="edge" attr.name="weight" attr.type="double" />
  <key id="d1" for="node" attr.name="group" attr.type="long" />
  <key id="d0" for="node" attr.name="label" attr.type="string" />
  <graph edgedefault="directed">
${nodes.join("\n")}
${edges.join("\n")}
  </graph>
</graphml>
`;
}
