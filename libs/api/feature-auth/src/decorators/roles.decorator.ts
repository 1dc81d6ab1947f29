import { SetMetadata } from '@nestjs/common';
import type { Role } from '@skillproof/api-core';

/** Metadata key of @Roles. */
export const ROLES_KEY = 'skillproof:roles';
/** Metadata key of @Public. */
export const PUBLIC_KEY = 'skillproof:public';

/**
 * Restricts a resolver method (or controller route) to users holding one of `roles` (ADMIN always
 * passes). Without it the AuthGuard applies OPERATION_POLICY by operation name.
 */
export const Roles = (...roles: Role[]) => SetMetadata(ROLES_KEY, roles);

/** Marks an operation or route as open without a token (e.g. `login`). */
export const Public = () => SetMetadata(PUBLIC_KEY, true);
