// Typed from the ESM build, like @nestjs/apollo's options (the CJS and ESM declarations are distinct types).
import type { ApolloServerPlugin, BaseContext, GraphQLRequestListener } from '@apollo/server' with { 'resolution-mode': 'import' };
import { Plugin } from '@nestjs/apollo';

/**
 * HTTP status 401 for a GraphQL response whose every error is UNAUTHENTICATED and that carries no
 * data (no or expired token, failed sign-in): clients can react to the status alone (the dashboard
 * goes to /login). Registered with Nest's @Plugin(), so the composition root stays as it is.
 */
@Plugin()
export class UnauthenticatedStatusPlugin implements ApolloServerPlugin<BaseContext> {
  async requestDidStart(): Promise<GraphQLRequestListener<BaseContext>> {
    return {
      async willSendResponse({ response }) {
        if (response.body.kind !== 'single') return;
        const { errors, data } = response.body.singleResult;
        const noData = data == null || Object.values(data).every((v) => v === null);
        if (errors?.length && noData && errors.every((e) => e.extensions?.['code'] === 'UNAUTHENTICATED')) response.http.status = 401;
      },
    };
  }
}
