import { parse, type OperationDefinitionNode } from 'graphql';
import { selectsIntrospection } from '../guards/introspection-auth.plugin';

const check = (query: string) => {
  const document = parse(query);
  const operation = document.definitions.find((d) => d.kind === 'OperationDefinition') as OperationDefinitionNode;
  return selectsIntrospection(operation, document);
};

describe('selectsIntrospection', () => {
  it('finds __schema / __type at the root, also through fragments and inline fragments', () => {
    expect(check('{ __schema { types { name } } }')).toBe(true);
    expect(check('query Q { me { id } __type(name: "Team") { name } }')).toBe(true);
    expect(check('query { ...A } fragment A on Query { ...B } fragment B on Query { __schema { queryType { name } } }')).toBe(true);
    expect(check('query { ... on Query { __type(name: "Person") { name } } }')).toBe(true);
  });

  it('ignores ordinary queries, __typename and fragment cycles', () => {
    expect(check('{ me { id } }')).toBe(false);
    expect(check('{ __typename }')).toBe(false);
    expect(check('query { ...A } fragment A on Query { me { id } ...A }')).toBe(false);
    expect(check('mutation { login(email: "a", password: "b") { accessToken } }')).toBe(false);
  });
});
