import { Suspense, lazy, useState } from "react";
import type { RebuildDialogProps } from "./RebuildDialog.types";

/**
 * Fluent's Dialog (with its portal, motion and focus trap) costs about 8 KB gzipped, and the pane shows it only before
 * a rebuild. Its chunk is prefetched when the browser is idle, kept out of the pane's first load, and mounted
 * the first time the dialog opens (then kept, so it can close normally).
 */
const RebuildDialogChunk = lazy(() =>
  import(/* webpackChunkName: "rebuild-dialog", webpackPrefetch: true */ "./RebuildDialog").then(
    (m) => ({ default: m.RebuildDialog })
  )
);

/** The rebuild dialog, loaded the first time it opens. */
export function LazyRebuildDialog(props: RebuildDialogProps): JSX.Element | null {
  const [mounted, setMounted] = useState(props.open);
  if (props.open && !mounted) setMounted(true);
  if (!mounted && !props.open) return null;
  return (
    <Suspense fallback={null}>
      <RebuildDialogChunk {...props} />
    </Suspense>
  );
}
