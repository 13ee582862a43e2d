import { makeStyles, tokens } from "@fluentui/react-components";

/** A wide dashed button as the drop zone; brand colours while files are dragged over it. */
export const useFileDropStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXS,
  },
  zone: {
    width: "100%",
    minHeight: "64px",
    border: `${tokens.strokeWidthThick} dashed ${tokens.colorNeutralStroke1}`,
  },
  dragging: {
    border: `${tokens.strokeWidthThick} dashed ${tokens.colorBrandStroke1}`,
    backgroundColor: tokens.colorBrandBackground2,
    color: tokens.colorBrandForeground2,
  },
  hint: {
    color: tokens.colorNeutralForeground2,
  },
});
