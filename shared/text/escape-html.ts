// HTML text/attribute escaping for pages we generate as strings (the API docs page, the demo portal fixtures).
const ENTITIES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" };

export const escapeHtml = (s: string): string => s.replace(/[&<>"]/g, (c) => ENTITIES[c]);
