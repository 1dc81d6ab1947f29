import { Module } from '@nestjs/common';
import { APP_GUARD, APP_INTERCEPTOR } from '@nestjs/core';
import { AuditInterceptor } from './guards/audit.interceptor';
import { AuthGuard } from './guards/auth.guard';
import { IntrospectionAuthPlugin } from './guards/introspection-auth.plugin';
import { UnauthenticatedStatusPlugin } from './guards/unauthenticated-status.plugin';
import { AuthResolver } from './resolvers/auth.resolver';
import { AccessPolicyService } from './services/access-policy.service';
import { AuditService } from './services/audit.service';
import { AuthContextFactory } from './services/auth-context';
import { AuthService } from './services/auth.service';
import { TokenService } from './services/token.service';

/**
 * Sign-in, roles and audit (issue 5): `login` / `me` / `auditEvents`, the global AuthGuard (token +
 * OPERATION_POLICY on every top-level GraphQL operation and REST route but the public ones) and the
 * AuditInterceptor; IntrospectionAuthPlugin (introspection needs sign-in). AuthContextFactory builds the GraphQL RequestContext from the access token.
 */
@Module({
  providers: [
    TokenService, AuthService, AuditService, AccessPolicyService, AuthContextFactory, AuthResolver, UnauthenticatedStatusPlugin, IntrospectionAuthPlugin,
    { provide: APP_GUARD, useClass: AuthGuard },
    { provide: APP_INTERCEPTOR, useClass: AuditInterceptor },
  ],
  exports: [AuthContextFactory, AuditService, TokenService],
})
export class AuthModule {}
