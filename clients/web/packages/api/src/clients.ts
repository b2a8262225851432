import { createClient, type Client, type Interceptor } from "@connectrpc/connect";
import { createGrpcWebTransport } from "@connectrpc/connect-web";
import type { DescService } from "@bufbuild/protobuf";
import { RosterService } from "./gen/volunteer/roster/v1/roster_service_pb";
import { ActivityService } from "./gen/volunteer/activity/v1/activity_service_pb";
import { SafetyService } from "./gen/volunteer/safety/v1/safety_service_pb";
import { ReportingService } from "./gen/volunteer/reporting/v1/reporting_service_pb";
import { IdentityService } from "./gen/volunteer/identity/v1/identity_service_pb";
import { NotificationsService } from "./gen/volunteer/notifications/v1/notifications_service_pb";

/** Base address of each service's HTTP/1.1 (gRPC-Web) endpoint, e.g. http://127.0.0.1:5191. */
export interface PlatformUrls {
    roster: string;
    activity: string;
    safety: string;
    reporting: string;
    identity: string;
    notifications: string;
}

export interface PlatformClients {
    roster: Client<typeof RosterService>;
    activity: Client<typeof ActivityService>;
    safety: Client<typeof SafetyService>;
    reporting: Client<typeof ReportingService>;
    identity: Client<typeof IdentityService>;
    notifications: Client<typeof NotificationsService>;
}

/** Returns the current access token, or nothing for calls that need none (VerifyCertificate). */
export type AccessTokenSource = () => string | undefined | Promise<string | undefined>;

/**
 * The token is asked for on every call rather than captured once, so a silently renewed
 * token is used as soon as it exists and server streams reopened after expiry get the new one.
 */
export function bearerTokenInterceptor(getAccessToken: AccessTokenSource): Interceptor {
    return (next) => async (request) => {
        const token = await getAccessToken();
        if (token) request.header.set("authorization", `Bearer ${token}`);
        return next(request);
    };
}

function clientFor<S extends DescService>(service: S, baseUrl: string, auth: Interceptor): Client<S> {
    const transport = createGrpcWebTransport({ baseUrl, interceptors: [auth] });
    return createClient(service, transport);
}

export function createPlatformClients(urls: PlatformUrls, getAccessToken: AccessTokenSource): PlatformClients {
    const auth = bearerTokenInterceptor(getAccessToken);
    return {
        roster: clientFor(RosterService, urls.roster, auth),
        activity: clientFor(ActivityService, urls.activity, auth),
        safety: clientFor(SafetyService, urls.safety, auth),
        reporting: clientFor(ReportingService, urls.reporting, auth),
        identity: clientFor(IdentityService, urls.identity, auth),
        notifications: clientFor(NotificationsService, urls.notifications, auth),
    };
}
