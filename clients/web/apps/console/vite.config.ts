import { defineConfig } from "vite";

// The port comes from PORT (the AppHost's endpoint) or the command line (`vite --port 5173`); strictPort
// keeps the sign-in redirect URI registered with the identity service valid instead of silently moving
// to another port. IPv4 loopback, where the AppHost's proxy looks for it.
const port = Number(process.env.PORT) || undefined;
export default defineConfig({
    server: { port, strictPort: true, host: "127.0.0.1" },
    preview: { port, strictPort: true, host: "127.0.0.1" },
});
