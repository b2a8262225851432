// Fails when packages/api/src/gen differs from what `npm run generate` just wrote: changed files
// show in `git diff`, new or deleted ones only in `git status`.
import { execFileSync } from "node:child_process";

const generated = "packages/api/src/gen";
const status = execFileSync("git", ["status", "--porcelain", "--", generated], { encoding: "utf8" });
if (status.trim()) {
    console.error(`Generated code is out of date with the protos; run npm run generate and commit:\n${status}`);
    execFileSync("git", ["--no-pager", "diff", "--stat", "--", generated], { stdio: "inherit" });
    process.exit(1);
}
