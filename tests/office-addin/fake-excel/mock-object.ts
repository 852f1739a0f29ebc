import "./office-app-shim";
import { OfficeMockObject } from "office-addin-mock";

/**
 * office-addin-mock objects with two additions the adapters' tests need:
 * - writes to Office.js properties are queued and applied to the fake workbook at `sync()`, in
 *   order, as Excel does (the plain mock just keeps the assigned value);
 * - reading a property that was not loaded and synced throws (the plain mock returns an error
 *   string, which would surface much later as a confusing failure).
 */

const MOCK_ERRORS = new Set(["Error, property was not loaded", "Error, context.sync() was not called"]);

export const mockState = { internal: 0 };

export type Writer = (value: unknown) => void;

export interface PropSpec {
  /** Value the property reads as once loaded and synced (re-computed at each sync). */
  read: () => unknown;
  /** Called (at sync) with a value the add-in assigned; absent: the property is read-only. */
  write?: Writer;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- methods of any shape
export type Spec = { [name: string]: PropSpec | Spec | ((...args: any[]) => unknown) };

export interface Tracked {
  mock: OfficeMockObject;
  /** Re-reads backing values from the workbook (after the queued writes of a sync). */
  refresh(): void;
}

function isPropSpec(x: unknown): x is PropSpec {
  return typeof x === "object" && x !== null && typeof (x as PropSpec).read === "function";
}

function toData(spec: Spec): Record<string, unknown> {
  const data: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(spec)) {
    if (typeof v === "function") data[k] = v;
    // Placeholder: the real value is read at sync, and only for loaded properties.
    else if (isPropSpec(v)) data[k] = 0;
    else data[k] = toData(v as Spec);
  }
  return data;
}

type Internals = { _properties: Map<string, { _valueBeforeLoaded: unknown; _loaded: boolean }> };

/**
 * Builds a mock from a spec. `queue` receives each write as a closure to run at sync.
 * `violation` is called for reads before load/sync and writes to read-only properties.
 */
export function buildMock(
  spec: Spec,
  queue: (apply: () => void, label: string, bytes: number) => void,
  violation: (message: string) => void,
): Tracked {
  const mock = new OfficeMockObject(toData(spec));
  const refreshers: (() => void)[] = [];
  wire(mock, spec, "", queue, violation, refreshers);
  const load = mock.load.bind(mock);
  (mock as unknown as { load: (a: unknown) => unknown }).load = (arg: unknown) => {
    mockState.internal++;
    try {
      load(arg as string);
    } finally {
      mockState.internal--;
    }
    return mock;
  };
  return { mock, refresh: () => refreshers.forEach((r) => r()) };
}

function wire(
  target: OfficeMockObject,
  spec: Spec,
  path: string,
  queue: (apply: () => void, label: string, bytes: number) => void,
  violation: (message: string) => void,
  refreshers: (() => void)[],
): void {
  for (const [name, v] of Object.entries(spec)) {
    if (typeof v === "function") continue;
    if (!isPropSpec(v)) {
      wire(target[name] as OfficeMockObject, v as Spec, `${path}${name}.`, queue, violation, refreshers);
      continue;
    }
    const prop = v;
    let current: unknown = target[name];
    refreshers.push(() => {
      const inner = (target as unknown as Internals)._properties.get(name);
      if (inner && inner._loaded) inner._valueBeforeLoaded = prop.read();
    });
    Object.defineProperty(target, name, {
      configurable: true,
      enumerable: true,
      get() {
        if (mockState.internal === 0 && typeof current === "string" && MOCK_ERRORS.has(current)) {
          violation(`${path}${name} read before load() and sync(): ${current}`);
          throw new Error(`Office.js: property ${path}${name} is not available (load it and call context.sync() first)`);
        }
        return current;
      },
      set(value: unknown) {
        if (mockState.internal > 0 || (typeof value === "string" && MOCK_ERRORS.has(value))) {
          current = value;
          return;
        }
        if (!prop.write) {
          violation(`${path}${name} is read-only`);
          throw new Error(`Office.js: ${path}${name} is read-only`);
        }
        const write = prop.write;
        const copy = Array.isArray(value) ? value.map((row) => (Array.isArray(row) ? row.slice() : row)) : value;
        queue(() => write(copy), `${path}${name}`, JSON.stringify(copy ?? null).length);
        current = value;
      },
    });
  }
}
