/**
 * A recording stand-in for Office.js objects the simulator does not model (charts, page layout, borders):
 * every property set and method call is logged with its path, so tests can assert what the writer queues.
 */
export interface Recorded {
  readonly op: "set" | "call";
  readonly path: string;
  readonly value: unknown;
}

const IS_RECORDER = Symbol("recorder");

function describeArg(arg: unknown): string {
  if ((typeof arg === "function" || typeof arg === "object") && arg !== null && IS_RECORDER in arg)
    return "<object>";
  return JSON.stringify(arg);
}

function make(path: string, log: Recorded[]): unknown {
  const target = Object.assign(() => undefined, { [IS_RECORDER]: true });
  return new Proxy(target, {
    get(t, prop) {
      if (prop === IS_RECORDER) return true;
      if (prop === "then" || typeof prop === "symbol") return Reflect.get(t, prop);
      return make(`${path}.${prop}`, log);
    },
    has(_t, prop) {
      return prop === IS_RECORDER;
    },
    set(_t, prop, value) {
      log.push({ op: "set", path: `${path}.${String(prop)}`, value });
      return true;
    },
    apply(_t, _this, args: unknown[]) {
      log.push({ op: "call", path, value: args.map(describeArg) });
      return make(`${path}(${args.map(describeArg).join(",")})`, log);
    },
  });
}

/** A fake worksheet that records everything done to it. */
export function recordingWorksheet(): { ws: Excel.Worksheet; log: Recorded[] } {
  const log: Recorded[] = [];
  return { ws: make("ws", log) as Excel.Worksheet, log };
}
