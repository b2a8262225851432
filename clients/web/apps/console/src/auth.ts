import { UserManager, WebStorageStateStore, type User } from "oidc-client-ts";
import { oidcClientId, oidcScopes, platformUrls } from "./config";

const origin = window.location.origin;

// Code flow with PKCE (S256 is oidc-client-ts's default); the user lives in sessionStorage so
// closing the tab signs out of the console while the identity service's session stays its own.
export const userManager = new UserManager({
    authority: platformUrls.identity,
    client_id: oidcClientId,
    redirect_uri: `${origin}/signin-callback`,
    post_logout_redirect_uri: `${origin}/`,
    response_type: "code",
    scope: oidcScopes,
    automaticSilentRenew: true,
    userStore: new WebStorageStateStore({ store: window.sessionStorage }),
});

export const isSigninCallback = () => window.location.pathname === "/signin-callback";

/** Finishes a sign-in redirect and returns to where the user was. */
export async function completeSignin(): Promise<void> {
    const user = await userManager.signinRedirectCallback();
    const returnTo = typeof user.state === "string" ? user.state : "/";
    window.history.replaceState(null, "", returnTo);
}

/** The signed-in user, renewing an expired access token with the refresh token when possible. */
export async function currentUser(): Promise<User | null> {
    const user = await userManager.getUser();
    if (!user || !user.expired) return user;
    try {
        return await userManager.signinSilent();
    } catch {
        return null;
    }
}

export const signIn = () => userManager.signinRedirect({ state: window.location.pathname + window.location.hash });

export const signOut = () => userManager.signoutRedirect();

export async function accessToken(): Promise<string | undefined> {
    return (await currentUser())?.access_token;
}
