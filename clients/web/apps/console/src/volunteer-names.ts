import { api } from "./api";

const names = new Map<string, Promise<string>>();

/** A volunteer's name for display, asked once per id; the id itself when it cannot be read. */
export function volunteerName(id: string): Promise<string> {
    if (!id) return Promise.resolve("");
    let name = names.get(id);
    if (!name) {
        name = api.roster.getStaffVolunteer({ id }).then(
            (answer) => answer.volunteer?.name || id,
            () => id,
        );
        names.set(id, name);
    }
    return name;
}

/** A span that shows the id until the name arrives. */
export function volunteerNameElement(id: string, element: HTMLElement): HTMLElement {
    element.textContent = id;
    void volunteerName(id).then((name) => (element.textContent = name));
    return element;
}
