/**
 * @jest-environment jsdom
 *
 * The browser download: a Blob of the bytes, an object URL, a temporary <a download> clicked once and removed.
 */
import { XLSX_MIME, downloadBytes } from "../../src/taskpane/files/download";

describe("downloadBytes", () => {
  it("clicks a temporary download link for a Blob of the bytes and revokes its URL later", () => {
    jest.useFakeTimers();
    const blobs: Blob[] = [];
    const create = jest.fn((blob: Blob) => {
      blobs.push(blob);
      return "blob:gridscore/1";
    });
    const revoke = jest.fn();
    Object.assign(URL, { createObjectURL: create, revokeObjectURL: revoke });
    const clicked: { href: string; download: string; attached: boolean }[] = [];
    const spy = jest.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(function (
      this: HTMLAnchorElement
    ) {
      clicked.push({
        href: this.href,
        download: this.download,
        attached: document.body.contains(this),
      });
    });
    downloadBytes(new Uint8Array([1, 2, 3]), "评分表-张三.xlsx");
    expect(clicked).toEqual([
      { href: "blob:gridscore/1", download: "评分表-张三.xlsx", attached: true },
    ]);
    expect(document.querySelectorAll("a").length).toBe(0);
    expect(blobs[0]!.type).toBe(XLSX_MIME);
    expect(blobs[0]!.size).toBe(3);
    expect(revoke).not.toHaveBeenCalled();
    jest.runAllTimers();
    expect(revoke).toHaveBeenCalledWith("blob:gridscore/1");
    spy.mockRestore();
    jest.useRealTimers();
  });
});
