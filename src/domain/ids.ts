/** The one shape of every id a scenario or saved data names: lower-case words joined by single hyphens. */
export const ID_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;

export const isId = (value: unknown): value is string => typeof value === 'string' && ID_PATTERN.test(value);
