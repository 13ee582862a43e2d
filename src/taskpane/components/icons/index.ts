export {
  CheckmarkCircleIcon,
  DismissIcon,
  DownloadIcon,
  ErrorCircleIcon,
  SyncIcon,
  WarningIcon,
} from "./icons";
