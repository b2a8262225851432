import { createPlatformClients } from "@volunteer/api";
import { platformUrls } from "./config";
import { accessToken } from "./auth";

export const api = createPlatformClients(platformUrls, accessToken);
