import antlr4 from "@neo4j-cypher/antlr4-browser";
import { CypherLexer, CypherParser } from "@neo4j-cypher/antlr4";

/** Syntax errors the openCypher grammar (Neo4j's cypher-editor parser) finds in a script. */
export function cypherSyntaxErrors(script: string): string[] {
  const errors: string[] = [];
  const listener = {
    syntaxError: (_r: unknown, _s: unknown, line: number, column: number, msg: string) => errors.push(`${line}:${column} ${msg}`),
    reportAmbiguity() {},
    reportAttemptingFullContext() {},
    reportContextSensitivity() {},
  };
  const lexer = new CypherLexer(new antlr4.InputStream(script));
  lexer.removeErrorListeners();
  lexer.addErrorListener(listener);
  const parser = new CypherParser(new antlr4.CommonTokenStream(lexer));
  parser.removeErrorListeners();
  parser.addErrorListener(listener);
  parser.cypher();
  return errors;
}
