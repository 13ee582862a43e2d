export { NoticeList } from "./NoticeList";
export type { NoticeListProps } from "./NoticeList.types";
export { useNoticeListStyles } from "./useNoticeListStyles";
