// The Cypher parser packages ship no types; these are the few parts the tests use.
declare module "@neo4j-cypher/antlr4-browser" {
  const antlr4: {
    InputStream: new (text: string) => unknown;
    CommonTokenStream: new (lexer: unknown) => unknown;
  };
  export default antlr4;
}

declare module "@neo4j-cypher/antlr4" {
  interface ErrorListening {
    removeErrorListeners(): void;
    addErrorListener(listener: object): void;
  }
  export class CypherLexer implements ErrorListening {
    constructor(input: unknown);
    removeErrorListeners(): void;
    addErrorListener(listener: object): void;
  }
  export class CypherParser implements ErrorListening {
    constructor(tokens: unknown);
    removeErrorListeners(): void;
    addErrorListener(listener: object): void;
    cypher(): unknown;
  }
}
