export { PreviewPage } from "./PreviewPage";
export type { PreviewPageProps, PreviewPageState } from "./PreviewPage.types";
export { usePreviewPage } from "./usePreviewPage";
export { usePreviewPageStyles } from "./usePreviewPageStyles";
