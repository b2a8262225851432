import { defineConfig } from "vite";

// The port comes from the command line (`vite --port 5173`); strictPort keeps the sign-in redirect
// URI registered with the identity service valid instead of silently moving to another port.
export default defineConfig({
    server: { strictPort: true },
    preview: { strictPort: true },
});
