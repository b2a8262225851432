import type { User } from "oidc-client-ts";
import { grantsOf, scopeUnionId, type Grant } from "./grants";

/** Who is signed in, as every page needs it. */
export interface Session {
    user: User;
    grants: Grant[];
    /** Root of the union subtree the pages show ("" = the province). */
    unionId: string;
}

export function sessionOf(user: User): Session {
    const grants = grantsOf(user.access_token);
    return { user, grants, unionId: scopeUnionId(grants) };
}

export function displayName(user: User): string {
    const profile = user.profile;
    return profile.name || profile.preferred_username || profile.sub;
}
