/** One grant of the access token, e.g. "team-captain:<unionId>:<teamId>". */
export interface Grant {
    role: string;
    unionId?: string;
    teamId?: string;
}

export function parseGrant(value: string): Grant {
    const [role = "", unionId, teamId] = value.split(":");
    return { role, unionId, teamId };
}

function jwtPayload(token: string): Record<string, unknown> {
    const part = token.split(".")[1] ?? "";
    const json = atob(part.replace(/-/g, "+").replace(/_/g, "/"));
    return JSON.parse(new TextDecoder().decode(Uint8Array.from(json, (c) => c.charCodeAt(0))));
}

/** The grants live in the access token (one `grant` claim each), not in the id token's profile. */
export function grantsOf(accessToken: string): Grant[] {
    const claim = jwtPayload(accessToken).grant;
    const values = Array.isArray(claim) ? claim : claim ? [claim] : [];
    return values.map((value) => parseGrant(String(value)));
}

export const isProvincial = (grants: Grant[]) => grants.some((grant) => grant.role === "provincial-admin");

/** Distinct unions the grants act for, in the order they appear. */
export function grantedUnionIds(grants: Grant[]): string[] {
    return [...new Set(grants.flatMap((grant) => (grant.unionId ? [grant.unionId] : [])))];
}

/**
 * The union whose subtree the pages show: empty for a provincial admin (the services read that
 * as the province), else the union of the first grant.
 */
export function scopeUnionId(grants: Grant[]): string {
    return isProvincial(grants) ? "" : (grantedUnionIds(grants)[0] ?? "");
}

/** Whether any grant is one of `roles`: pages offer only what the person's roles may do. */
export const holdsAny = (grants: Grant[], ...roles: string[]) => grants.some((grant) => roles.includes(grant.role));
