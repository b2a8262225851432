import { holdsAny, type Grant } from "../grants";

/** A page of the menu and the roles whose calls its page makes. */
interface MenuEntry {
    href: string;
    label: string;
    roles: string[];
}

const admins = ["provincial-admin", "union-admin"];

const menu: MenuEntry[] = [
    { href: "#/progress", label: "百队千人进度", roles: admins },
    { href: "#/volunteers", label: "志愿者", roles: admins },
    {
        href: "#/activities",
        label: "活动",
        roles: [...admins, "team-captain", "safety-officer", "report-viewer"],
    },
    { href: "#/digests", label: "简报与导出", roles: [...admins, "report-viewer"] },
    { href: "#/nominations", label: "表彰提名", roles: admins },
    { href: "#/open-activities", label: "可报名的活动", roles: ["volunteer"] },
];

/** The menu entries the person's roles may use: a page they could not read is not offered. */
export const menuFor = (grants: Grant[]) => menu.filter((entry) => holdsAny(grants, ...entry.roles));

/** Where the console opens: the first page the person may use, else their inbox, which everyone has. */
export const homeFor = (grants: Grant[]) => menuFor(grants)[0]?.href.slice(1) ?? "/notifications";
