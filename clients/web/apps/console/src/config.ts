import type { PlatformUrls } from "@volunteer/api";

const env = import.meta.env;

/** Where the services answer gRPC-Web; the defaults are the fixed local ports of `./volunteer.sh up`. */
export const platformUrls: PlatformUrls = {
    identity: env.VITE_IDENTITY_URL || "http://127.0.0.1:5100",
    roster: env.VITE_ROSTER_URL || "http://127.0.0.1:5191",
    activity: env.VITE_ACTIVITY_URL || "http://127.0.0.1:5192",
    safety: env.VITE_SAFETY_URL || "http://127.0.0.1:5193",
    reporting: env.VITE_REPORTING_URL || "http://127.0.0.1:5194",
    notifications: env.VITE_NOTIFICATIONS_URL || "http://127.0.0.1:5196",
};

export const oidcClientId = "volunteer-console";
export const oidcScopes = "openid profile offline_access volunteer-api";
