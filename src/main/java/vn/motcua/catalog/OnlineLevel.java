package vn.motcua.catalog;

/** Dịch vụ công trực tuyến (NĐ 42/2022 Art 11): toàn trình, một phần, or not online. */
public enum OnlineLevel {
    FULL, PARTIAL, NONE
}
