export {
  CheckmarkCircleIcon,
  DismissIcon,
  DocumentIcon,
  DownloadIcon,
  ErrorCircleIcon,
  InfoIcon,
  SyncIcon,
  UploadIcon,
  WarningIcon,
} from "./icons";
