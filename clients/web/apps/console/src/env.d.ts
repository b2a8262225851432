interface ImportMetaEnv {
    readonly VITE_IDENTITY_URL?: string;
    readonly VITE_ROSTER_URL?: string;
    readonly VITE_ACTIVITY_URL?: string;
    readonly VITE_SAFETY_URL?: string;
    readonly VITE_REPORTING_URL?: string;
    readonly VITE_NOTIFICATIONS_URL?: string;
}

interface ImportMeta {
    readonly env: ImportMetaEnv;
}
