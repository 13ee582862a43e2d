/**
 * Small DOM helpers for the pane's jsdom tests (no testing-library in this project).
 */
import { act } from "react";
import { createRoot, type Root } from "react-dom/client";

Reflect.set(globalThis, "IS_REACT_ACT_ENVIRONMENT", true);

export interface Mounted {
  container: HTMLElement;
  root: Root;
  unmount(): void;
}

/** Lets pending promises (adapter calls) and the renders they cause finish. */
export async function flush(times = 5): Promise<void> {
  for (let i = 0; i < times; i += 1) {
    await act(async () => {
      await new Promise<void>((resolve) => setTimeout(resolve, 0));
    });
  }
}

export async function mount(node: JSX.Element): Promise<Mounted> {
  const container = document.createElement("div");
  document.body.appendChild(container);
  const root = createRoot(container);
  await act(async () => {
    root.render(node);
    await Promise.resolve();
  });
  await flush();
  return {
    container,
    root,
    unmount() {
      act(() => root.unmount());
      container.remove();
    },
  };
}

/** The form control labelled by a <label> whose text is exactly `text`. */
export function byLabel(text: string, scope: ParentNode = document): HTMLElement {
  const label = [...scope.querySelectorAll("label")].find((l) => l.textContent?.trim() === text);
  if (!label) throw new Error(`no label "${text}"`);
  const id = label.getAttribute("for");
  const control = id
    ? document.getElementById(id)
    : label.querySelector<HTMLElement>("input,select,textarea");
  if (!control) throw new Error(`label "${text}" labels nothing`);
  return control;
}

/** The button whose text content is exactly `text`. */
export function buttonByText(text: string, scope: ParentNode = document): HTMLButtonElement {
  const button = [...scope.querySelectorAll("button")].find((b) => b.textContent?.trim() === text);
  if (!button) throw new Error(`no button "${text}"`);
  return button;
}

/** Sets a React-controlled input/textarea/select the way a user does. */
export async function setValue(el: HTMLElement, value: string): Promise<void> {
  await act(async () => {
    if (el instanceof HTMLSelectElement) {
      Object.getOwnPropertyDescriptor(HTMLSelectElement.prototype, "value")!.set!.call(el, value);
      el.dispatchEvent(new Event("change", { bubbles: true }));
    } else {
      const proto =
        el instanceof HTMLTextAreaElement
          ? HTMLTextAreaElement.prototype
          : HTMLInputElement.prototype;
      Object.getOwnPropertyDescriptor(proto, "value")!.set!.call(el, value);
      el.dispatchEvent(new Event("input", { bubbles: true }));
    }
    await Promise.resolve();
  });
}

export async function click(el: HTMLElement): Promise<void> {
  await act(async () => {
    el.click();
    await Promise.resolve();
  });
  await flush();
}

export function text(el: ParentNode | null | undefined): string {
  return (el as HTMLElement | null)?.textContent?.replace(/\s+/g, " ").trim() ?? "";
}

/**
 * Flushes React work until `condition` holds. It has no deadline of its own, so a slow machine waits longer instead
 * of failing; Jest's test timeout bounds it. Prefer `whenCalled` when the work ends in a call the test can await.
 */
export async function waitFor(condition: () => boolean, what: string): Promise<void> {
  let rounds = 0;
  while (!condition()) {
    await act(async () => {
      await new Promise<void>((resolve) => setTimeout(resolve, 10));
    });
    rounds += 1;
    if (rounds % 1000 === 0) process.stderr.write(`still waiting for ${what}\n`);
  }
}

/** A promise of the arguments of the mock's next call (its implementation still runs): await the work itself. */
export function whenCalled<R, A extends unknown[]>(mock: jest.Mock<R, A>): Promise<A> {
  const impl = mock.getMockImplementation();
  return new Promise<A>((resolve) => {
    mock.mockImplementation((...args: A): R => {
      resolve(args);
      return impl ? impl(...args) : (undefined as R);
    });
  });
}

/** Runs `trigger` (a click) and awaits the promise of the mock's next call inside act, so its renders land too. */
export async function clickAndAwait<R, A extends unknown[]>(
  mock: jest.Mock<R, A>,
  trigger: () => Promise<void>
): Promise<A> {
  const called = whenCalled(mock);
  await trigger();
  let args: A | undefined;
  await act(async () => {
    args = await called;
  });
  return args!;
}
