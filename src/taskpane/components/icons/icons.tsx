/**
 * The few 16px glyphs the pane uses, as inline SVG in currentColor (no icon package in the first bundle).
 * Always decorative: the text next to them carries the meaning.
 */
import type { SVGProps } from "react";

type IconProps = Omit<SVGProps<SVGSVGElement>, "children">;

function Icon(props: IconProps & { d: string }): JSX.Element {
  const { d, ...rest } = props;
  return (
    <svg
      width="16"
      height="16"
      viewBox="0 0 16 16"
      fill="currentColor"
      aria-hidden="true"
      focusable="false"
      {...rest}
    >
      <path d={d} />
    </svg>
  );
}

export function DismissIcon(props: IconProps): JSX.Element {
  return (
    <Icon
      {...props}
      d="M3.15 3.15a.5.5 0 0 1 .7 0L8 7.29l4.15-4.14a.5.5 0 0 1 .7.7L8.71 8l4.14 4.15a.5.5 0 0 1-.7.7L8 8.71l-4.15 4.14a.5.5 0 0 1-.7-.7L7.29 8 3.15 3.85a.5.5 0 0 1 0-.7Z"
    />
  );
}

export function CheckmarkCircleIcon(props: IconProps): JSX.Element {
  return (
    <Icon
      {...props}
      d="M8 1a7 7 0 1 1 0 14A7 7 0 0 1 8 1Zm2.85 4.65a.5.5 0 0 0-.7 0L7 8.79 5.85 7.65a.5.5 0 1 0-.7.7l1.5 1.5a.5.5 0 0 0 .7 0l3.5-3.5a.5.5 0 0 0 0-.7Z"
    />
  );
}

export function ErrorCircleIcon(props: IconProps): JSX.Element {
  return (
    <Icon
      {...props}
      d="M8 1a7 7 0 1 1 0 14A7 7 0 0 1 8 1Zm0 9.5a.75.75 0 1 0 0 1.5.75.75 0 0 0 0-1.5ZM8 4a.5.5 0 0 0-.5.5v4a.5.5 0 0 0 1 0v-4A.5.5 0 0 0 8 4Z"
    />
  );
}

/** An "i" in a circle: a note, not a problem of its own. */
export function InfoIcon(props: IconProps): JSX.Element {
  return (
    <Icon
      {...props}
      d="M8 1a7 7 0 1 1 0 14A7 7 0 0 1 8 1Zm0 3.25a.75.75 0 1 0 0 1.5.75.75 0 0 0 0-1.5ZM8 7a.5.5 0 0 0-.5.5v4a.5.5 0 0 0 1 0v-4A.5.5 0 0 0 8 7Z"
    />
  );
}

export function WarningIcon(props: IconProps): JSX.Element {
  return (
    <Icon
      {...props}
      d="M7.13 1.99a1 1 0 0 1 1.74 0l5.99 10.5A1 1 0 0 1 14 14H2a1 1 0 0 1-.87-1.5l6-10.51ZM8 10.5a.75.75 0 1 0 0 1.5.75.75 0 0 0 0-1.5ZM8 5a.5.5 0 0 0-.5.5v3.5a.5.5 0 0 0 1 0V5.5A.5.5 0 0 0 8 5Z"
    />
  );
}

export function SyncIcon(props: IconProps): JSX.Element {
  return (
    <Icon
      {...props}
      d="M8 2.5a5.48 5.48 0 0 1 4.4 2.2H10.5a.5.5 0 0 0 0 1h3a.5.5 0 0 0 .5-.5v-3a.5.5 0 0 0-1 0v1.6A6.5 6.5 0 0 0 1.5 8a.5.5 0 0 0 1 0A5.5 5.5 0 0 1 8 2.5Zm6 5a.5.5 0 0 0-.5.5A5.5 5.5 0 0 1 3.6 11.3h1.9a.5.5 0 0 0 0-1h-3a.5.5 0 0 0-.5.5v3a.5.5 0 0 0 1 0v-1.6A6.5 6.5 0 0 0 14.5 8a.5.5 0 0 0-.5-.5Z"
    />
  );
}

export function DownloadIcon(props: IconProps): JSX.Element {
  return (
    <Icon
      {...props}
      d="M3.5 13h9a.5.5 0 0 1 0 1h-9a.5.5 0 0 1 0-1ZM8 2a.5.5 0 0 1 .5.5v7.29l2.65-2.64a.5.5 0 0 1 .7.7l-3.5 3.5a.5.5 0 0 1-.7 0l-3.5-3.5a.5.5 0 1 1 .7-.7L7.5 9.79V2.5A.5.5 0 0 1 8 2Z"
    />
  );
}

export function UploadIcon(props: IconProps): JSX.Element {
  return (
    <Icon
      {...props}
      d="M3.5 2h9a.5.5 0 0 1 0 1h-9a.5.5 0 0 1 0-1ZM8 14a.5.5 0 0 1-.5-.5V6.21L4.85 8.85a.5.5 0 1 1-.7-.7l3.5-3.5a.5.5 0 0 1 .7 0l3.5 3.5a.5.5 0 0 1-.7.7L8.5 6.21v7.29A.5.5 0 0 1 8 14Z"
    />
  );
}

export function DocumentIcon(props: IconProps): JSX.Element {
  return (
    <Icon
      {...props}
      d="M4.5 1h4.59a1.5 1.5 0 0 1 1.06.44l2.41 2.41c.28.28.44.66.44 1.06v8.59A1.5 1.5 0 0 1 11.5 15h-7A1.5 1.5 0 0 1 3 13.5v-11A1.5 1.5 0 0 1 4.5 1ZM4 2.5v11c0 .28.22.5.5.5h7a.5.5 0 0 0 .5-.5V5H9.5A1.5 1.5 0 0 1 8 3.5V2H4.5a.5.5 0 0 0-.5.5ZM9 2.2v1.3c0 .28.22.5.5.5h1.3L9 2.2Z"
    />
  );
}
