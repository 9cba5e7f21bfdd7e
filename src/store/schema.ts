/**
 * The tables of a regkg store. Every node table numbers its rows in graph order (`n`), so
 * "in graph order" is "by n"; `ord` keeps each node's and edge's place in the whole graph, so
 * the graph read back serializes as it was written. Foreign keys are these integers; ids are
 * the graph's own (entity:pboc, action:doc:3, doc:slug).
 *
 * `*_pos` columns keep the order graphology walks a node's edges (its out-edges, then its
 * in-edges): paths and neighbourhoods read from a store then take the same steps, in the same
 * order, as over the graph in memory. `edge` is NULL when the edge's key is the one regkg
 * derives from its endpoints (schema/ids.ts edgeKey), which is every edge regkg writes.
 */

/** Bumped whenever a table or column changes meaning; a store of another version is refused. */
export const STORE_VERSION = 1;

/** PRAGMA application_id: "rgkg", so `file` and other tools can tell a regkg store apart. */
export const APPLICATION_ID = 0x72676b67;

/**
 * Ids are unique, by the UNIQUE indexes in INDEXES rather than UNIQUE column constraints: an
 * index built once over a million rows costs about a second less than one kept up to date row
 * by row, and the tables and what they hold are the same.
 */
export const TABLES = `
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;

CREATE TABLE documents (
  n INTEGER PRIMARY KEY, id TEXT NOT NULL, ord INTEGER NOT NULL,
  title TEXT NOT NULL, publisher TEXT, url TEXT, published TEXT, language TEXT NOT NULL,
  licence TEXT, split TEXT, text TEXT NOT NULL, x REAL, y REAL
);

CREATE TABLE entities (
  n INTEGER PRIMARY KEY, id TEXT NOT NULL, ord INTEGER NOT NULL,
  name TEXT NOT NULL, category TEXT NOT NULL, name_zh TEXT, description TEXT, review TEXT,
  x REAL, y REAL,
  actions_as_actor INTEGER NOT NULL, actions_as_target INTEGER NOT NULL
);

-- Every name an entity answers to: its id, name, aliases (kind 'alias', in order) and Chinese
-- name; key is the form names are compared in (query/normalize.ts).
CREATE TABLE names (
  entity INTEGER NOT NULL REFERENCES entities(n), pos INTEGER NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('id', 'name', 'alias', 'name_zh')),
  name TEXT NOT NULL, key TEXT NOT NULL,
  PRIMARY KEY (entity, pos)
) WITHOUT ROWID;

CREATE TABLE actions (
  n INTEGER PRIMARY KEY, id TEXT NOT NULL, ord INTEGER NOT NULL,
  action_type TEXT NOT NULL, status TEXT NOT NULL, summary TEXT NOT NULL,
  date TEXT, date_first TEXT, date_last TEXT, time TEXT, quantity TEXT,
  attribution TEXT, method TEXT NOT NULL, review TEXT, x REAL, y REAL
);

CREATE TABLE evidence (
  action INTEGER NOT NULL REFERENCES actions(n), pos INTEGER NOT NULL,
  doc INTEGER NOT NULL REFERENCES documents(n),
  char_start INTEGER NOT NULL, char_end INTEGER NOT NULL, quote TEXT NOT NULL,
  PRIMARY KEY (action, pos)
) WITHOUT ROWID;

CREATE TABLE roles (
  action INTEGER NOT NULL REFERENCES actions(n), entity INTEGER NOT NULL REFERENCES entities(n),
  role TEXT NOT NULL CHECK (role IN ('actor', 'target', 'basis', 'attribution')),
  ord INTEGER NOT NULL, action_pos INTEGER NOT NULL, entity_pos INTEGER NOT NULL, edge TEXT
);

CREATE TABLE sources (
  action INTEGER NOT NULL REFERENCES actions(n), doc INTEGER NOT NULL REFERENCES documents(n),
  ord INTEGER NOT NULL, edge TEXT
);

CREATE TABLE relations (
  n INTEGER PRIMARY KEY,
  source INTEGER NOT NULL REFERENCES entities(n), target INTEGER NOT NULL REFERENCES entities(n),
  rel_type TEXT NOT NULL, title TEXT, evidence TEXT,
  ord INTEGER NOT NULL, source_pos INTEGER NOT NULL, target_pos INTEGER NOT NULL, edge TEXT
);
`;

/**
 * Built after the rows are in (faster than keeping them up to date row by row). Each serves
 * one access path of the query engine: ids -> documents, entities and actions (and says that
 * no two share one); names -> entities; an entity's, a type's, a status's,
 * a document's and a date range's actions in graph order; an action's parties in edge order;
 * an entity's relations.
 */
export const INDEXES = `
CREATE UNIQUE INDEX documents_id ON documents(id);
CREATE UNIQUE INDEX entities_id ON entities(id);
CREATE UNIQUE INDEX actions_id ON actions(id);
CREATE INDEX names_key ON names(key);
CREATE INDEX entities_category ON entities(category);
CREATE INDEX actions_type ON actions(action_type);
CREATE INDEX actions_status ON actions(status);
CREATE INDEX actions_date ON actions(date_first);
CREATE INDEX roles_entity ON roles(entity, role, action);
CREATE INDEX roles_action ON roles(action, action_pos, role, entity);
CREATE INDEX sources_doc ON sources(doc, action);
CREATE INDEX sources_action ON sources(action);
CREATE INDEX relations_source ON relations(source);
CREATE INDEX relations_target ON relations(target);

-- For people at the sqlite3 prompt: one row per actor -> action -> target.
CREATE VIEW who_acted_on_whom AS
SELECT ea.name AS actor, a.action_type, a.status, et.name AS target, a.date, a.summary, a.id AS action
FROM actions a
JOIN roles ra ON ra.action = a.n AND ra.role = 'actor' JOIN entities ea ON ea.n = ra.entity
JOIN roles rt ON rt.action = a.n AND rt.role = 'target' JOIN entities et ON et.n = rt.entity;
`;
