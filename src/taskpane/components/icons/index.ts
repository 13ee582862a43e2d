export {
  CheckmarkCircleIcon,
  DismissIcon,
  DocumentIcon,
  DownloadIcon,
  ErrorCircleIcon,
  SyncIcon,
  UploadIcon,
  WarningIcon,
} from "./icons";
